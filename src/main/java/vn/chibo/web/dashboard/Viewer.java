package vn.chibo.web.dashboard;

import java.io.Serializable;
import java.time.Instant;

/**
 * Who is signed in to the dashboard, kept in the session: a secretary or deputy (their cell), an admin (their
 * subtree), or the holder of the admin token (everything, with no scope path and no member to act as in chat).
 */
public record Viewer(Long memberId, String name, boolean admin, long scopeUnitId, String scopePath, Instant signedInAt)
        implements Serializable {

    public static final String SESSION_KEY = "chibo.dashboard.viewer";

    public boolean isAdmin() {
        return admin;
    }

    /** Pages for admins only; anyone else gets the same refusal as for something out of scope. */
    public void requireAdmin() {
        if (!admin) {
            throw new NotInScopeException();
        }
    }
}
