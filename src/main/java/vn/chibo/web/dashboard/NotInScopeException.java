package vn.chibo.web.dashboard;

/** A page about something the viewer may not see, or that does not exist: the answer is the same. */
public class NotInScopeException extends RuntimeException {

    public NotInScopeException() {
        super("Not in the viewer's scope", null, false, false);
    }
}
