package vn.chibo.organization;

/** What a person may do; an admin's unit is the committee (or cell) their scope covers. */
public enum Role {
    MEMBER, SECRETARY, DEPUTY, ADMIN;

    public boolean leadsCell() {
        return this == SECRETARY || this == DEPUTY;
    }
}
