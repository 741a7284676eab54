package vn.chibo.organization;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese phone numbers in one normal form, the domestic one with a leading 0:
 * {@code 0912 345 001}, {@code +84912345001} and {@code 84912345001} all become {@code 0912345001}.
 */
public final class Phones {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern DOMESTIC = Pattern.compile("0\\d{9,10}");

    private Phones() {
    }

    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(raw.strip()).replaceAll("");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() >= 11) {
            digits = "0" + digits.substring(2);
        }
        return DOMESTIC.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }
}
