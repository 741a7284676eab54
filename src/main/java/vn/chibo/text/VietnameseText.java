package vn.chibo.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text as people type it: with or without diacritics, any case, any spacing. */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s_]+");
    /** Format characters no one sees: zero-width spaces and joiners, byte order marks, direction marks. */
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");

    private VietnameseText() {
    }

    /** "Số điện thoại" and "so_dien  THOAI" both become "so dien thoai". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The text as a file name part: plain letters and digits, single dashes ("chi-bo-to-dan-pho-3"). */
    public static String slug(String text) {
        return fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The text without characters that show nothing, which phones and copied text slip in before a command. */
    public static String visible(String text) {
        return INVISIBLE.matcher(text).replaceAll("");
    }

    /**
     * Composed (NFC) form, without invisible format characters (direction overrides, zero-width spaces and joiners,
     * which make a name show otherwise than it reads), inner runs of spaces collapsed: for names and titles typed or
     * pasted in any form.
     */
    public static String tidy(String text) {
        return SPACES.matcher(visible(Normalizer.normalize(text, Normalizer.Form.NFC)).strip()).replaceAll(" ");
    }

    /** {@link #tidy} for a value that may be absent. */
    public static String tidyOrNull(String text) {
        return text == null ? null : tidy(text);
    }
}
