package vn.chibo.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of a roster file as read: its number in the file (the header is 1), and what it says; {@code exempt}
 * is null where the file has no "Miễn sinh hoạt" column or leaves it blank, {@code joinedOn} where it has no
 * "Ngày vào Đảng" or leaves it blank.
 */
record RosterRow(int number, List<String> path, String fullName, String phone, Role role, MemberStatus status,
                 Boolean exempt, LocalDate joinedOn, String cellColumn, String roleColumn) {

    String pathText() {
        return String.join(OrgUnit.PATH_SEPARATOR, path);
    }

    /** Every row but an admin's names a cell; an admin's may name a committee, their scope. */
    boolean namesCell() {
        return role != Role.ADMIN;
    }
}
