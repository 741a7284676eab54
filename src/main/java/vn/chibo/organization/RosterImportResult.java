package vn.chibo.organization;

import java.time.Instant;
import java.util.List;

/**
 * What an import did, and for every member in the file, how they link their chat account; the committees and
 * cells it made (paths), and every member whose role it changed, so that nobody is surprised by either.
 */
public record RosterImportResult(int created, int updated, int unchanged, List<ImportedMember> members,
                                 List<String> createdUnits, List<RoleChange> roleChanges) {

    public record RoleChange(long memberId, String fullName, String phone, Role from, Role to) {
    }

    public enum Change { CREATED, UPDATED, UNCHANGED }

    /** {@code inviteCode} is null when the member already has a linked chat account. */
    public record ImportedMember(long memberId, String fullName, String phone, String unitPath, Role role,
                                 MemberStatus status, Change change, boolean linked, String inviteCode,
                                 Instant inviteExpiresAt) {
    }
}
