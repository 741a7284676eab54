package vn.chibo.grading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.AttendanceLine;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingDocuments;
import vn.chibo.record.MeetingMinutes;

/**
 * Grades a meeting by its committee's frame from what the bot recorded: documents sent a day ahead, how long it
 * lasted (check-in to the end the secretary gave, or minutes she typed), the share of members present, members
 * who spoke, a resolution voted, minutes complete. Where the record cannot say, the secretary's answer counts.
 */
@Service
public class Assessments {

    /** The secretary's answers to the checklist; a null is no answer, and the record decides. */
    record Answers(Boolean documentsAhead, Integer durationMinutes, Boolean minutesComplete) {
        static final Answers NONE = new Answers(null, null, null);
    }

    /** What a meeting's grade is worked out from, read for one meeting or for many at once. */
    record Facts(QualityFrame frame, Answers answers, boolean documentsAhead, Instant endedAt, Instant checkInClosedAt,
                 long present, int expected, long speakers, boolean resolutionApproved, boolean minutesRecorded) {
    }

    private final JdbcClient jdbc;
    private final MeetingMinutes minutes;
    private final MeetingDocuments documents;
    private final QualityFrames frames;
    private final MessageSource messages;
    private final Attendance attendance;
    private final Clock clock;

    Assessments(JdbcClient jdbc, MeetingMinutes minutes, MeetingDocuments documents, QualityFrames frames,
                MessageSource messages, Attendance attendance, Clock clock) {
        this.attendance = attendance;
        this.jdbc = jdbc;
        this.minutes = minutes;
        this.documents = documents;
        this.frames = frames;
        this.messages = messages;
        this.clock = clock;
    }

    /** The secretary's answers; a null leaves the answer as it was. */
    @Transactional
    public void answer(Meeting meeting, Boolean documentsAhead, Integer durationMinutes, Boolean minutesComplete) {
        Answers now = answers(meeting).orElse(Answers.NONE);
        jdbc.sql("DELETE FROM meeting_assessment WHERE meeting_id = ?").param(meeting.id()).update();
        jdbc.sql("""
                        INSERT INTO meeting_assessment (meeting_id, documents_ahead, duration_minutes, minutes_complete, updated_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(meeting.id(), documentsAhead != null ? documentsAhead : now.documentsAhead(),
                        durationMinutes != null ? durationMinutes : now.durationMinutes(),
                        minutesComplete != null ? minutesComplete : now.minutesComplete(), clock.millis())
                .update();
    }

    public Assessment assess(Meeting meeting, Locale locale) {
        MeetingMinutes.Minutes record = minutes.minutes(meeting, locale);
        List<AttendanceLine> expected = record.lines().stream()
                .filter(line -> !record.exempt().contains(line.member().id())).toList();
        MeetingMinutes.Details details = record.details();
        return score(meeting, new Facts(frames.effective(record.cell()), answers(meeting).orElse(Answers.NONE),
                documents.sentDayAhead(meeting), details.endedAt(), attendance.checkInClosedAt(meeting).orElse(null),
                expected.stream().filter(line -> Boolean.TRUE.equals(line.present())).count(), expected.size(),
                record.speeches().stream().map(MeetingMinutes.Speech::memberId).distinct().count(),
                record.votes().stream().anyMatch(vote -> !vote.open() && vote.approved()),
                details.chair() != null && details.noteTaker() != null && details.conclusion() != null), locale);
    }

    /** The checklist scored from what was recorded, where the secretary's answers, when given, come first. */
    Assessment score(Meeting meeting, Facts facts, Locale locale) {
        QualityFrame frame = facts.frame();
        Answers answers = facts.answers();
        var items = new ArrayList<Assessment.Item>();

        boolean ahead = answers.documentsAhead() != null ? answers.documentsAhead() : facts.documentsAhead();
        items.add(new Assessment.Item("DOCUMENTS_AHEAD", ahead ? frame.documentsPoints() : 0, frame.documentsPoints(),
                answers.documentsAhead() != null ? Assessment.Source.SECRETARY : Assessment.Source.RECORD, null));

        Integer lasted = answers.durationMinutes() != null ? answers.durationMinutes() : recordedDuration(meeting, facts);
        items.add(new Assessment.Item("DURATION", lasted == null ? 0 : share(frame.durationPoints(), lasted, frame.minMinutes()),
                frame.durationPoints(), lasted == null ? Assessment.Source.UNKNOWN
                : answers.durationMinutes() != null ? Assessment.Source.SECRETARY : Assessment.Source.RECORD,
                lasted == null ? null : messages.getMessage("assessment.minutes", new Object[] {lasted}, locale)));

        items.add(new Assessment.Item("ATTENDANCE", share(frame.attendancePoints(), facts.present(), facts.expected()),
                frame.attendancePoints(), Assessment.Source.RECORD, facts.present() + "/" + facts.expected()));

        items.add(new Assessment.Item("SPEAKERS", share(frame.speakersPoints(), facts.speakers(), frame.minSpeakers()),
                frame.speakersPoints(), Assessment.Source.RECORD, String.valueOf(facts.speakers())));

        items.add(new Assessment.Item("RESOLUTION_VOTED", facts.resolutionApproved() ? frame.resolutionPoints() : 0,
                frame.resolutionPoints(), Assessment.Source.RECORD, null));

        boolean complete = answers.minutesComplete() != null ? answers.minutesComplete() : facts.minutesRecorded();
        items.add(new Assessment.Item("MINUTES_COMPLETE", complete ? frame.minutesPoints() : 0, frame.minutesPoints(),
                answers.minutesComplete() != null ? Assessment.Source.SECRETARY : Assessment.Source.RECORD, null));

        double total = Math.round(items.stream().mapToDouble(Assessment.Item::points).sum() * 10) / 10.0;
        Assessment.Grade grade = total >= frame.good() ? Assessment.Grade.GOOD : total >= frame.fair() ? Assessment.Grade.FAIR
                : total >= frame.average() ? Assessment.Grade.AVERAGE : Assessment.Grade.POOR;
        return new Assessment(meeting.id(), items, total, frame.maximum(), grade,
                messages.getMessage("assessment.grade." + grade.name(), null, locale), frame);
    }

    /**
     * From the start to the end the minutes give, else to the close of check-in when a secretary closed it after
     * the start (some close it as the meeting ends); unknown otherwise.
     */
    private static Integer recordedDuration(Meeting meeting, Facts facts) {
        Instant start = meeting.startsAt().toInstant();
        Instant end = facts.endedAt() != null ? facts.endedAt()
                : facts.checkInClosedAt() != null && facts.checkInClosedAt().isAfter(start) ? facts.checkInClosedAt() : null;
        return end == null ? null : (int) Duration.between(start, end).toMinutes();
    }

    private static double share(int points, long achieved, long needed) {
        if (needed <= 0) {
            return 0;
        }
        return Math.round(points * Math.min(1.0, (double) achieved / needed) * 10) / 10.0;
    }

    /**
     * Whether the meeting is graded: held, and its record kept (minutes saved or the checklist answered), as for
     * the figures over months ({@link Grades}).
     */
    public boolean graded(Meeting meeting) {
        if (meeting.startsAt().toInstant().isAfter(clock.instant())) {
            return false;
        }
        return answers(meeting).isPresent() || jdbc.sql("SELECT COUNT(*) FROM meeting_record WHERE meeting_id = ?")
                .param(meeting.id()).query(Integer.class).single() > 0;
    }

    /** The name of the frame a meeting is graded by, in the reader's language. */
    public String frameName(Assessment assessment, Locale locale) {
        return frames.isDefault(assessment.frame()) ? messages.getMessage("assessment.frame.default", null, locale)
                : assessment.frame().name();
    }

    private Optional<Answers> answers(Meeting meeting) {
        return jdbc.sql("SELECT * FROM meeting_assessment WHERE meeting_id = ?").param(meeting.id())
                .query((rs, n) -> answersOf(rs)).optional();
    }

    /** A row of the secretary's checklist answers. */
    static Answers answersOf(ResultSet rs) throws SQLException {
        boolean ahead = rs.getBoolean("documents_ahead");
        Boolean documentsAhead = rs.wasNull() ? null : ahead;
        int lasted = rs.getInt("duration_minutes");
        Integer durationMinutes = rs.wasNull() ? null : lasted;
        boolean complete = rs.getBoolean("minutes_complete");
        Boolean minutesComplete = rs.wasNull() ? null : complete;
        return new Answers(documentsAhead, durationMinutes, minutesComplete);
    }
}
