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
        return this == ANYONE || member.map(m -> allows(m.role())).orElse(false);
    }

    public boolean allows(Role role) {
        return switch (this) {
            case ANYONE, MEMBER -> true;
            case CELL_LEADER -> role.leadsCell() || role == Role.ADMIN;
            case ADMIN -> role == Role.ADMIN;
        };
    }
}
