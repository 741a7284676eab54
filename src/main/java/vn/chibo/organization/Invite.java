package vn.chibo.organization;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/** A single-use code that links one chat account to one member until it expires. */
public record Invite(String code, long memberId, Instant expiresAt) {

    /** Eight letters and digits, as printed, read aloud or typed: any case, in two halves with a space or dash. */
    private static final Pattern TYPED = Pattern.compile("[A-Za-z0-9]{4}[\\s-]?[A-Za-z0-9]{4}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    public static boolean looksLikeCode(String typed) {
        return TYPED.matcher(typed.strip()).matches();
    }

    /** The code as stored: "ab12-cd34" and "AB12 CD34" are "AB12CD34". */
    static String normalize(String typed) {
        return SEPARATORS.matcher(typed.strip()).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
