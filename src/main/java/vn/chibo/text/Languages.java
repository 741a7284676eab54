package vn.chibo.text;

import java.util.List;
import java.util.Locale;

/** The languages the bot speaks: Vietnamese by default, English when the user's language is English. */
public final class Languages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    private Languages() {
    }

    /** A platform's language code ("en", "en-US", "vi", null) to the locale the bot answers in. */
    public static Locale of(String languageCode) {
        return languageCode != null && isEnglish(languageCode) ? Locale.ENGLISH : VIETNAMESE;
    }

    /** "en", "EN", "en-US", "en_GB": English; "eng" or "vi": not (every message asks, so no locale is built). */
    private static boolean isEnglish(String languageCode) {
        return languageCode.regionMatches(true, 0, "en", 0, 2)
                && (languageCode.length() == 2 || languageCode.charAt(2) == '-' || languageCode.charAt(2) == '_');
    }
}
