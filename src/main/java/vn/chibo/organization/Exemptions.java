package vn.chibo.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.common.Outcome;

/**
 * Who is exempted from meetings on which days. Set by an admin (API, dashboard) or by the roster's
 * "Miễn sinh hoạt" column; figures, reminders and nudges ask it by the meeting's day.
 */
@Service
public class Exemptions {

    static final int MAX_REASON = 300;

    /** Every exemption, by member, for answering many "exempt on that day?" questions from one read. */
    public record Calendar(Map<Long, List<Exemption>> byMember) {

        public boolean exempt(long memberId, LocalDate day) {
            List<Exemption> spans = byMember.get(memberId);
            if (spans == null) {
                return false;
            }
            for (Exemption span : spans) {
                if (span.covers(day)) {
                    return true;
                }
            }
            return false;
        }

        public Optional<Exemption> on(long memberId, LocalDate day) {
            return byMember.getOrDefault(memberId, List.of()).stream().filter(span -> span.covers(day)).findFirst();
        }

        /** Those of {@code memberIds} exempt on that day. */
        public Set<Long> exemptOn(Collection<Long> memberIds, LocalDate day) {
            if (byMember.isEmpty()) {
                return Set.of();
            }
            var exempt = new HashSet<Long>();
            memberIds.forEach(id -> {
                if (exempt(id, day)) {
                    exempt.add(id);
                }
            });
            return exempt;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Exemptions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Calendar calendar() {
        return new Calendar(jdbc.sql("SELECT * FROM member_exemption ORDER BY member_id, starts_on")
                .query(Exemptions::exemption).list().stream()
                .collect(Collectors.groupingBy(Exemption::memberId)));
    }

    public List<Exemption> of(long memberId) {
        return jdbc.sql("SELECT * FROM member_exemption WHERE member_id = ? ORDER BY starts_on")
                .param(memberId).query(Exemptions::exemption).list();
    }

    /** The exemption that holds today, if any. */
    public Optional<Exemption> current(long memberId) {
        LocalDate today = LocalDate.now(clock);
        return of(memberId).stream().filter(span -> span.covers(today)).findFirst();
    }

    /**
     * Exempts the member from {@code from} (today when null) to {@code to} (no end when null); spans it overlaps
     * give way to it.
     *
     * @return the exemption, or refused with the message key of the problem; nothing changed then
     */
    @Transactional
    public Outcome<Exemption, String> set(long memberId, LocalDate from, LocalDate to, String reason) {
        LocalDate start = from == null ? LocalDate.now(clock) : from;
        if (to != null && to.isBefore(start)) {
            return Outcome.refused("exemption.problem.order");
        }
        String shownReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (shownReason != null && shownReason.length() > MAX_REASON) {
            return Outcome.refused("exemption.problem.reason");
        }
        boolean wantsReminders = false;
        for (Exemption span : of(memberId)) {
            boolean overlaps = !span.from().isAfter(to == null ? LocalDate.MAX : to)
                    && (span.to() == null || !span.to().isBefore(start));
            if (!overlaps) {
                continue;
            }
            wantsReminders |= span.wantsReminders();
            if (span.from().isBefore(start)) {
                jdbc.sql("UPDATE member_exemption SET ends_on = ? WHERE id = ?")
                        .params(start.minusDays(1).toString(), span.id()).update();
            } else {
                jdbc.sql("DELETE FROM member_exemption WHERE id = ?").param(span.id()).update();
            }
        }
        long id = jdbc.sql("""
                INSERT INTO member_exemption (member_id, starts_on, ends_on, reason, wants_reminders, created_at)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(memberId, start.toString(), to == null ? null : to.toString(), shownReason, wantsReminders,
                        clock.millis())
                .query(Long.class).single();
        return Outcome.done(new Exemption(id, memberId, start, to, shownReason, wantsReminders));
    }

    /**
     * Ends the exemption that holds today: the member is expected again from today. A span that had not begun
     * is dropped.
     *
     * @return the days it now covers (null when dropped), or refused when none holds today or lies ahead
     */
    @Transactional
    public Outcome<Optional<Exemption>, String> end(long memberId) {
        LocalDate today = LocalDate.now(clock);
        List<Exemption> current = of(memberId).stream().filter(span -> span.to() == null || !span.to().isBefore(today))
                .toList();
        if (current.isEmpty()) {
            return Outcome.refused("exemption.problem.none");
        }
        Optional<Exemption> kept = Optional.empty();
        for (Exemption span : current) {
            if (span.from().isBefore(today)) {
                jdbc.sql("UPDATE member_exemption SET ends_on = ? WHERE id = ?")
                        .params(today.minusDays(1).toString(), span.id()).update();
                kept = Optional.of(new Exemption(span.id(), memberId, span.from(), today.minusDays(1), span.reason(),
                        span.wantsReminders()));
            } else {
                jdbc.sql("DELETE FROM member_exemption WHERE id = ?").param(span.id()).update();
            }
        }
        return Outcome.done(kept);
    }

    /** The member's own choice, while exempt, to be reminded all the same; false when not exempt now. */
    @Transactional
    public boolean askForReminders(long memberId, boolean wanted) {
        Optional<Exemption> now = current(memberId);
        now.ifPresent(span -> jdbc.sql("UPDATE member_exemption SET wants_reminders = ? WHERE member_id = ? AND "
                        + "(ends_on IS NULL OR ends_on >= ?)")
                .params(wanted, memberId, LocalDate.now(clock).toString()).update());
        return now.isPresent();
    }

    /** The roster's "Miễn sinh hoạt" column: "có" exempts from today on, "không" ends an exemption today. */
    void fromRoster(long memberId, boolean exempt) {
        boolean now = current(memberId).isPresent();
        if (exempt && !now) {
            set(memberId, null, null, null);
        } else if (!exempt && now) {
            end(memberId);
        }
    }

    private static Exemption exemption(ResultSet rs, int row) throws SQLException {
        String endsOn = rs.getString("ends_on");
        return new Exemption(rs.getLong("id"), rs.getLong("member_id"), LocalDate.parse(rs.getString("starts_on")),
                endsOn == null ? null : LocalDate.parse(endsOn), rs.getString("reason"), rs.getBoolean("wants_reminders"));
    }
}
