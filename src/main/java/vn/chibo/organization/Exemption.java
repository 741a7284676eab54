package vn.chibo.organization;

import java.time.LocalDate;

/**
 * A span of days a member is exempted from meetings (miễn sinh hoạt: age, illness, approved by the committee),
 * both ends included; {@code to} null while it has no end. {@code wantsReminders}: the member asked for
 * reminders all the same.
 */
public record Exemption(long id, long memberId, LocalDate from, LocalDate to, String reason, boolean wantsReminders) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
