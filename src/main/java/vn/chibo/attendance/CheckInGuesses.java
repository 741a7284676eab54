package vn.chibo.attendance;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Wrong check-in codes, counted in the database per meeting and member: a member may get the four-digit code wrong
 * a few times ({@code chibo.attendance.wrong-codes-per-member}), and the whole cell a few more together
 * ({@code wrong-codes-per-meeting}), then the secretary marks by hand. Trying all 9,000 codes is not possible.
 */
@Component
class CheckInGuesses {

    private final JdbcClient jdbc;
    private final int perMember;
    private final int perMeeting;

    CheckInGuesses(JdbcClient jdbc, @Value("${chibo.attendance.wrong-codes-per-member}") int perMember,
                   @Value("${chibo.attendance.wrong-codes-per-meeting}") int perMeeting) {
        this.jdbc = jdbc;
        this.perMember = perMember;
        this.perMeeting = perMeeting;
    }

    /** Whether this member may try no more codes for this meeting; {@code more} wrong codes counted as sent already. */
    boolean exhausted(long meetingId, long memberId, int more) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(CASE WHEN member_id = ? THEN wrong ELSE 0 END), 0) AS mine,
                               COALESCE(SUM(wrong), 0) AS everyone
                        FROM check_in_wrong_code WHERE meeting_id = ?""")
                .params(memberId, meetingId)
                .query((rs, n) -> rs.getInt("mine") + more >= perMember || rs.getInt("everyone") + more >= perMeeting)
                .single();
    }

    void wrong(long meetingId, long memberId) {
        jdbc.sql("""
                        INSERT INTO check_in_wrong_code (meeting_id, member_id, wrong) VALUES (?, ?, 1)
                        ON CONFLICT (meeting_id, member_id) DO UPDATE SET wrong = check_in_wrong_code.wrong + 1""")
                .params(meetingId, memberId).update();
    }
}
