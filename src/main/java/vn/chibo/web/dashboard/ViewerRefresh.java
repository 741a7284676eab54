package vn.chibo.web.dashboard;

import java.util.Optional;

/**
 * The signed-in viewer as the roster has them now. A sign-in is kept in the session, but a role or a place in the
 * tree can change while it lasts (a roster import demotes a secretary, an admin is moved): every dashboard request
 * works with the viewer this gives, and ends the session when it gives nothing.
 */
public interface ViewerRefresh {

    /** The viewer with their current role and scope; empty when they may no longer use the dashboard. */
    Optional<Viewer> refresh(Viewer signedIn);
}
