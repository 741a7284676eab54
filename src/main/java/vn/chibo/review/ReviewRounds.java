package vn.chibo.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.common.Outcome;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/** Review rounds: opened by an admin for a committee and a year, inherited by every cell under the committee. */
@Service
public class ReviewRounds {

    private final JdbcClient jdbc;
    private final ReviewFrames frames;
    private final Organization organization;
    private final ReviewNotices notices;
    private final Meetings meetings;
    private final Clock clock;
    private final ZoneId zone;

    ReviewRounds(JdbcClient jdbc, ReviewFrames frames, Organization organization, ReviewNotices notices, Meetings meetings,
                 Clock clock, @Value("${chibo.time-zone}") ZoneId zone) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.zone = zone;
        this.frames = frames;
        this.organization = organization;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Opens the round and tells each member reviewed, with the due date and their form's link. {@code frame} null:
     * the committee's frame as it stands (or the bot's default).
     */
    @Transactional
    public Outcome<ReviewRound, String> open(OrgUnit committee, int year, LocalDate selfReviewDue, LocalDate cellMeetingsBy,
                                             ReviewFrame frame) {
        var problems = new ArrayList<String>();
        if (committee.isCell()) {
            problems.add("review.problem.notCommittee");
        }
        if (selfReviewDue == null || cellMeetingsBy == null || selfReviewDue.isAfter(cellMeetingsBy)
                || year < 2025 || selfReviewDue.getYear() < year || cellMeetingsBy.getYear() > year + 1) {
            problems.add("review.problem.dates");
        }
        if (frame != null) {
            problems.addAll(frame.problems());
        }
        if (jdbc.sql("SELECT COUNT(*) FROM review_round WHERE unit_id = ? AND year = ?").params(committee.id(), year)
                .query(Long.class).single() > 0) {
            problems.add("review.problem.exists");
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        ReviewFrame kept = frame != null ? frame : frames.own(committee).orElse(null);
        long id = jdbc.sql("""
                        INSERT INTO review_round (unit_id, year, self_review_due, cell_meetings_by, frame, opened_at)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(committee.id(), year, selfReviewDue.toString(), cellMeetingsBy.toString(),
                        kept == null ? null : frames.write(kept), clock.millis())
                .query(Long.class).single();
        ReviewRound round = round(id).orElseThrow();
        notices.opened(round);
        return Outcome.done(round);
    }

    public Optional<ReviewRound> round(long id) {
        return jdbc.sql("SELECT * FROM review_round WHERE id = ?").param(id).query(this::row).optional();
    }

    /** The rounds of a committee, the newest first. */
    public List<ReviewRound> of(OrgUnit committee) {
        return jdbc.sql("SELECT * FROM review_round WHERE unit_id = ? ORDER BY year DESC, id DESC").param(committee.id())
                .query(this::row).list();
    }

    /** Every round, the newest first: a short table, one row per committee and year. */
    public List<ReviewRound> all() {
        return jdbc.sql("SELECT * FROM review_round ORDER BY year DESC, id DESC").query(this::row).list();
    }

    /** The review meetings a cell holds for the round: from the year's start to a month after the round's last day. */
    public List<Meeting> meetingsOf(ReviewRound round, OrgUnit cell) {
        Instant from = LocalDate.of(round.year(), 1, 1).atStartOfDay(zone).toInstant();
        Instant to = round.cellMeetingsBy().plusMonths(1).atStartOfDay(zone).toInstant();
        return meetings.between(cell, from, to).stream()
                .filter(meeting -> meeting.kind() == Meeting.Kind.REVIEW && !meeting.cancelled()).toList();
    }

    /** The rounds a cell takes part in (those of every committee above it), the newest first. */
    public List<ReviewRound> covering(OrgUnit cell) {
        List<Long> above = organization.lineage(cell).stream().map(OrgUnit::id).toList();
        return jdbc.sql("SELECT * FROM review_round WHERE unit_id IN (:units) ORDER BY year DESC, id DESC")
                .param("units", above).query(this::row).list();
    }

    /** The round a member's cell takes part in now: the newest. */
    public Optional<ReviewRound> current(Member member) {
        return covering(member.unit()).stream().findFirst();
    }

    /** The round's frame in the reader's language where it is the bot's default. */
    public ReviewFrame frame(ReviewRound round, Locale locale) {
        return frames.of(round, locale);
    }

    public boolean covers(ReviewRound round, OrgUnit cell) {
        return organization.unit(round.unitId()).map(unit -> unit.covers(cell)).orElse(false);
    }

    private ReviewRound row(ResultSet rs, int n) throws SQLException {
        String frame = rs.getString("frame");
        return new ReviewRound(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("year"),
                LocalDate.parse(rs.getString("self_review_due")), LocalDate.parse(rs.getString("cell_meetings_by")),
                frame == null ? null : frames.read(frame), Instant.ofEpochMilli(rs.getLong("opened_at")));
    }
}
