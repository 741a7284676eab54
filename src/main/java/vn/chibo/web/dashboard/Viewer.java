package vn.chibo.web.dashboard;

import java.io.Serializable;
import java.time.Instant;

import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Role;

/**
 * Who is signed in to the dashboard, kept in the session: a secretary or deputy (their cell), an admin (their
 * subtree), or the holder of the admin token (everything, but no member to act as in chat).
 */
public record Viewer(Long memberId, String name, Role role, long scopeUnitId, String scopePath, String csrfToken,
                     Instant signedInAt) implements Serializable {

    static final String SESSION_KEY = "chibo.dashboard.viewer";

    static Viewer of(Member member, String csrfToken, Instant now) {
        return new Viewer(member.id(), member.fullName(), member.role(), member.unit().id(), member.unit().path(),
                csrfToken, now);
    }

    static Viewer tokenAdmin(String name, String csrfToken, Instant now) {
        return new Viewer(null, name, Role.ADMIN, 0, null, csrfToken, now);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean mayManage(OrgUnit unit) {
        if (scopePath == null) {
            return true;
        }
        if (role == Role.ADMIN) {
            return OrgUnit.covers(scopePath, unit.path());
        }
        return role.leadsCell() && unit.id() == scopeUnitId;
    }
}
