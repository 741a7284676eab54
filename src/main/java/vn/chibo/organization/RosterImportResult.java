package vn.chibo.organization;

import java.time.Instant;
import java.util.List;

/** What an import did, and for every member in the file, how they link their chat account. */
public record RosterImportResult(int created, int updated, int unchanged, List<ImportedMember> members) {

    public enum Change { CREATED, UPDATED, UNCHANGED }

    /** {@code inviteCode} is null when the member already has a linked chat account. */
    public record ImportedMember(long memberId, String fullName, String phone, String unitPath, Role role,
                                 MemberStatus status, Change change, boolean linked, String inviteCode,
                                 Instant inviteExpiresAt) {
    }
}
