package vn.chibo.conversation;

import java.util.Optional;

import vn.chibo.organization.Member;
import vn.chibo.organization.Role;

/** Who may use a command. */
public enum Access {
    /** Also people who have not linked their chat account yet. */
    ANYONE,
    MEMBER,
    /** Secretaries and deputies for their cell, admins for their scope. */
    CELL_LEADER,
    ADMIN;

    public boolean allows(Optional<Member> member) {
        return switch (this) {
            case ANYONE -> true;
            case MEMBER -> member.isPresent();
            case CELL_LEADER -> member.map(m -> m.role().leadsCell() || m.role() == Role.ADMIN).orElse(false);
            case ADMIN -> member.map(m -> m.role() == Role.ADMIN).orElse(false);
        };
    }
}
