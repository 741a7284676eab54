package vn.chibo.channel.sms;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * An SMS that fits in two parts. Without diacritics a part holds 160 characters (153 when there are two, for the
 * header that joins them); any character outside the GSM alphabet, a Vietnamese letter with its marks included,
 * makes every part 70 (67). The answer link goes last and is never cut; the text before it is shortened.
 */
final class SmsText {

    private static final int GSM_ONE = 160;
    private static final int GSM_TWO = 2 * 153;
    private static final int UCS_ONE = 70;
    private static final int UCS_TWO = 2 * 67;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PLAIN = Pattern.compile("[\\x20-\\x7E\\n]*");

    private SmsText() {
    }

    static String compose(String text, String link, boolean diacritics) {
        String body = diacritics ? Normalizer.normalize(text, Normalizer.Form.NFC) : withoutDiacritics(text);
        String tail = link == null || link.isBlank() ? "" : " " + link;
        String ellipsis = diacritics ? "…" : "...";
        int room = (isPlain(body + tail) ? GSM_TWO : UCS_TWO) - tail.length();
        if (body.length() > room) {
            body = body.substring(0, Math.max(0, room - ellipsis.length())).stripTrailing() + ellipsis;
        }
        return body + tail;
    }

    /** How many SMS parts a text takes. */
    static int parts(String text) {
        boolean plain = isPlain(text);
        int one = plain ? GSM_ONE : UCS_ONE;
        int each = plain ? 153 : 67;
        return text.length() <= one ? 1 : (text.length() + each - 1) / each;
    }

    static String withoutDiacritics(String text) {
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        var plain = new StringBuilder(bare.length());
        bare.codePoints().forEach(c -> plain.append(c == '\n' || (c >= 0x20 && c < 0x7F) ? (char) c : c == '…' ? '.' : ' '));
        return plain.toString().replaceAll(" {2,}", " ").strip();
    }

    private static boolean isPlain(String text) {
        return PLAIN.matcher(text).matches();
    }
}
