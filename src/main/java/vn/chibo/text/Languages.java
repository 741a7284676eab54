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
        if (languageCode != null && Locale.forLanguageTag(languageCode.replace('_', '-')).getLanguage().equals("en")) {
            return Locale.ENGLISH;
        }
        return VIETNAMESE;
    }
}
