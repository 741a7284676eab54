package vn.chibo.organization;

/**
 * A person on the roster. {@code unit} is the cell for members, secretaries and deputies, and the
 * unit an admin's scope covers for admins. {@code status} is null only for an admin row without one.
 */
public record Member(long id, String fullName, String phone, MemberStatus status, Role role, OrgUnit unit) {

    /** Whether this person may see and act for {@code target}: their own cell, or an admin's subtree. */
    public boolean mayManage(OrgUnit target) {
        if (role == Role.ADMIN) {
            return unit.covers(target);
        }
        return role.leadsCell() && unit.id() == target.id();
    }
}
