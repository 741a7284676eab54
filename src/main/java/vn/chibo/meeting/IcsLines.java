package vn.chibo.meeting;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines at 75 octets of UTF-8 (RFC 5545, 3.1), never inside a letter: a Vietnamese
 * letter takes two or three octets, so folding by characters, as most writers do, makes lines too long.
 */
final class IcsLines {

    static final int MAX_OCTETS = 75;
    private static final String NEWLINE = "\r\n";

    private IcsLines() {
    }

    static String fold(String unfolded) {
        var out = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
        for (String line : unfolded.split(NEWLINE)) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > MAX_OCTETS) {
                    out.append(NEWLINE).append(' ');
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append(NEWLINE);
        }
        return out.toString();
    }
}
