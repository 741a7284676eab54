package vn.chibo.web.dashboard;

/** A form the services refused: the page says why, in the viewer's language, and nothing changed. */
public class RefusedInput extends RuntimeException {

    private final String shownText;

    public RefusedInput(String shownText) {
        super(shownText, null, false, false);
        this.shownText = shownText;
    }

    public String shownText() {
        return shownText;
    }
}
