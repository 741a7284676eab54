package vn.chibo.web.dashboard;

import java.util.function.Function;

import vn.chibo.common.Outcome;

/** A form the services refused: the page says why, in the viewer's language, and nothing changed. */
public class RefusedInput extends RuntimeException {

    /** The outcome's value; a refusal becomes the page that gives each reason, worded by {@code wording}. */
    public static <T> T orRefuse(Outcome<T, String> outcome, Function<String, String> wording) {
        if (outcome instanceof Outcome.Done<T, String> done) {
            return done.value();
        }
        throw new RefusedInput(String.join(" ", outcome.reasons().stream().map(wording).toList()));
    }

    private final String shownText;

    public RefusedInput(String shownText) {
        super(shownText, null, false, false);
        this.shownText = shownText;
    }

    public String shownText() {
        return shownText;
    }
}
