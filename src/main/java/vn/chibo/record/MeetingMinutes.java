package vn.chibo.record;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.AttendanceLine;
import vn.chibo.common.Outcome;
import vn.chibo.meeting.Meeting;
import vn.chibo.organization.Exemptions;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.organization.Role;
import vn.chibo.text.VietnameseText;

/**
 * The record of a meeting that its minutes (biên bản) are written from: the agenda, who spoke on which item,
 * who chaired and took notes, when it ended, guests and the conclusion, with the attendance and the votes.
 */
@Service
public class MeetingMinutes {

    private static final int MAX_TEXT = 500;
    /** The one limit on an agenda's length, in chat, on the dashboard and through the API. */
    public static final int MAX_AGENDA_ITEMS = 20;
    private static final int MAX_CONCLUSION = 10_000;

    public record AgendaItem(int position, String title, String presenter) {
    }

    public record Speech(long id, Integer item, long memberId, String fullName, String summary, Instant recordedAt) {
    }

    /** What the secretary fills in; the chair is the cell's secretary until someone else is named. */
    public record Details(String chair, String noteTaker, Instant endedAt, String guests, String conclusion) {
    }

    /** Everything the minutes of one meeting say; {@code review} are the open tasks of earlier resolutions. */
    public record Minutes(Meeting meeting, OrgUnit cell, Details details, List<AgendaItem> agenda,
                          List<FollowUpTask> review, List<AttendanceLine> lines, List<Long> exempt, List<Speech> speeches,
                          List<VoteResult> votes, List<FollowUpTask> tasks) {
    }

    private final JdbcClient jdbc;
    private final Attendance attendance;
    private final Organization organization;
    private final Exemptions exemptions;
    private final Votes votes;
    private final FollowUpTasks tasks;
    private final Clock clock;

    MeetingMinutes(JdbcClient jdbc, Attendance attendance, Organization organization, Exemptions exemptions, Votes votes,
                   FollowUpTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.attendance = attendance;
        this.organization = organization;
        this.exemptions = exemptions;
        this.votes = votes;
        this.clock = clock;
    }

    /** Replaces the agenda with these items, numbered in order; every item needs its title. */
    @Transactional
    public Outcome<List<AgendaItem>, String> setAgenda(Meeting meeting, List<AgendaItem> items) {
        if (items.size() > MAX_AGENDA_ITEMS) {
            return Outcome.refused("minutes.problem.agendaItems");
        }
        for (AgendaItem item : items) {
            if (item.title() == null || item.title().isBlank() || item.title().length() > MAX_TEXT
                    || (item.presenter() != null && item.presenter().length() > MAX_TEXT)) {
                return Outcome.refused("minutes.problem.agendaTitle");
            }
        }
        jdbc.sql("DELETE FROM agenda_item WHERE meeting_id = ?").param(meeting.id()).update();
        for (int i = 0; i < items.size(); i++) {
            String presenter = items.get(i).presenter() == null || items.get(i).presenter().isBlank() ? null
                    : VietnameseText.tidy(items.get(i).presenter());
            jdbc.sql("INSERT INTO agenda_item (meeting_id, position, title, presenter) VALUES (?, ?, ?, ?)")
                    .params(meeting.id(), i + 1, VietnameseText.tidy(items.get(i).title()), presenter).update();
        }
        return Outcome.done(agenda(meeting));
    }

    public List<AgendaItem> agenda(Meeting meeting) {
        return jdbc.sql("SELECT position, title, presenter FROM agenda_item WHERE meeting_id = ? ORDER BY position")
                .param(meeting.id())
                .query((rs, n) -> new AgendaItem(rs.getInt("position"), rs.getString("title"), rs.getString("presenter")))
                .list();
    }

    /** That a member of the cell spoke, on an agenda item (its number) or in general, with a line of what. */
    @Transactional
    public Outcome<Speech, String> recordSpeech(Meeting meeting, long memberId, Integer item, String summary) {
        Optional<Member> member = organization.member(memberId).filter(m -> m.unit().id() == meeting.cellId());
        if (member.isEmpty()) {
            return Outcome.refused("minutes.problem.notInCell");
        }
        if (item != null && agenda(meeting).stream().noneMatch(agendaItem -> agendaItem.position() == item)) {
            return Outcome.refused("minutes.problem.noItem");
        }
        String kept = summary == null || summary.isBlank() ? null : summary.strip();
        if (kept != null && kept.length() > MAX_TEXT) {
            return Outcome.refused("minutes.problem.summary");
        }
        long id = jdbc.sql("INSERT INTO speech (meeting_id, item, member_id, summary, recorded_at) VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(meeting.id(), item, memberId, kept, clock.millis()).query(Long.class).single();
        return Outcome.done(new Speech(id, item, memberId, member.get().fullName(), kept, clock.instant()));
    }

    public List<Speech> speeches(Meeting meeting) {
        return jdbc.sql("""
                        SELECT s.id, s.item, s.member_id, m.full_name, s.summary, s.recorded_at
                        FROM speech s JOIN member m ON m.id = s.member_id WHERE s.meeting_id = ? ORDER BY s.id""")
                .param(meeting.id())
                .query((rs, n) -> {
                    int item = rs.getInt("item");
                    Integer onItem = rs.wasNull() ? null : item;
                    return new Speech(rs.getLong("id"), onItem, rs.getLong("member_id"), rs.getString("full_name"),
                            rs.getString("summary"), Instant.ofEpochMilli(rs.getLong("recorded_at")));
                }).list();
    }

    /** Sets what the secretary fills in; a field left null keeps what was there. */
    @Transactional
    public Outcome<Details, String> setDetails(Meeting meeting, Details given) {
        if (tooLong(given.chair()) || tooLong(given.noteTaker()) || tooLong(given.guests())
                || (given.conclusion() != null && given.conclusion().length() > MAX_CONCLUSION)) {
            return Outcome.refused("minutes.problem.tooLong");
        }
        if (given.endedAt() != null && (!given.endedAt().isAfter(meeting.startsAt().toInstant())
                || given.endedAt().isAfter(meeting.startsAt().toInstant().plus(Duration.ofDays(1))))) {
            return Outcome.refused("minutes.problem.endedAtOutOfRange");
        }
        Details now = stored(meeting).orElse(new Details(null, null, null, null, null));
        Long noteTakerId = noteTakerId(meeting).orElse(null);
        var merged = new Details(pick(given.chair(), now.chair()), pick(given.noteTaker(), now.noteTaker()),
                given.endedAt() != null ? given.endedAt() : now.endedAt(), pick(given.guests(), now.guests()),
                pick(given.conclusion(), now.conclusion()));
        jdbc.sql("DELETE FROM meeting_record WHERE meeting_id = ?").param(meeting.id()).update();
        jdbc.sql("""
                        INSERT INTO meeting_record (meeting_id, chair, note_taker, note_taker_id, ended_at, guests,
                                                    conclusion, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(meeting.id(), merged.chair(), merged.noteTaker(), noteTakerId,
                        merged.endedAt() == null ? null : merged.endedAt().toEpochMilli(), merged.guests(),
                        merged.conclusion(), clock.millis())
                .update();
        return Outcome.done(details(meeting));
    }

    /** Names a member of the cell to take the notes (thư ký): the minutes carry the name, and they may record speakers. */
    @Transactional
    public Outcome<Details, String> nameNoteTaker(Meeting meeting, long memberId) {
        Optional<Member> member = organization.member(memberId).filter(m -> m.unit().id() == meeting.cellId());
        if (member.isEmpty()) {
            return Outcome.refused("minutes.problem.noteTakerNotInCell");
        }
        setDetails(meeting, new Details(null, member.get().fullName(), null, null, null));
        jdbc.sql("UPDATE meeting_record SET note_taker_id = ? WHERE meeting_id = ?").params(memberId, meeting.id()).update();
        return Outcome.done(details(meeting));
    }

    /** The member named to take the notes, if one was named (a name typed on the API names nobody in the roster). */
    public Optional<Long> noteTakerId(Meeting meeting) {
        return jdbc.sql("SELECT note_taker_id FROM meeting_record WHERE meeting_id = ? AND note_taker_id IS NOT NULL")
                .param(meeting.id()).query(Long.class).optional();
    }

    /** The one-line summary of what a speaker said, added after the speech was recorded. */
    @Transactional
    public Outcome<Speech, String> summarize(Meeting meeting, long speechId, String summary) {
        String kept = summary == null || summary.isBlank() ? null : summary.strip();
        if (kept != null && kept.length() > MAX_TEXT) {
            return Outcome.refused("minutes.problem.summary");
        }
        jdbc.sql("UPDATE speech SET summary = ? WHERE id = ? AND meeting_id = ?").params(kept, speechId, meeting.id()).update();
        return speeches(meeting).stream().filter(speech -> speech.id() == speechId).findFirst()
                .<Outcome<Speech, String>>map(Outcome::done).orElseGet(() -> Outcome.refused("minutes.problem.noSpeech"));
    }

    public Details details(Meeting meeting) {
        Details stored = stored(meeting).orElse(new Details(null, null, null, null, null));
        String chair = chair(stored.chair(), organization.unit(meeting.cellId()).map(organization::membersOf).orElse(List.of()));
        return new Details(chair, stored.noteTaker(), stored.endedAt(), stored.guests(), stored.conclusion());
    }

    /** The chair the minutes name: the one typed, else the cell's secretary. */
    public static String chair(String typed, List<Member> cellMembers) {
        return typed != null ? typed : cellMembers.stream().filter(member -> member.role() == Role.SECRETARY)
                .map(Member::fullName).findFirst().orElse(null);
    }

    /** The cell's members expected at the meeting: all but those exempt on its day. */
    public List<Member> expected(Meeting meeting) {
        return expected(meeting, organization.unit(meeting.cellId()).map(organization::membersOf).orElse(List.of()));
    }

    /** Those of {@code members} (the meeting's cell's, already read) expected at the meeting. */
    public List<Member> expected(Meeting meeting, List<Member> members) {
        var calendar = exemptions.calendar();
        LocalDate day = meeting.startsAt().toLocalDate();
        return members.stream().filter(member -> !calendar.exempt(member.id(), day)).toList();
    }

    public Minutes minutes(Meeting meeting, Locale locale) {
        OrgUnit cell = organization.unit(meeting.cellId()).orElseThrow();
        List<AttendanceLine> lines = attendance.attendance(meeting);
        var calendar = exemptions.calendar();
        List<Long> exempt = new ArrayList<>();
        for (AttendanceLine line : lines) {
            if (calendar.exempt(line.member().id(), meeting.startsAt().toLocalDate())) {
                exempt.add(line.member().id());
            }
        }
        return new Minutes(meeting, cell, details(meeting), agenda(meeting), tasks.toReview(meeting), lines, exempt,
                speeches(meeting), votes.results(meeting, locale),
                tasks.of(meeting));
    }

    private Optional<Details> stored(Meeting meeting) {
        return jdbc.sql("SELECT chair, note_taker, ended_at, guests, conclusion FROM meeting_record WHERE meeting_id = ?")
                .param(meeting.id())
                .query((rs, n) -> {
                    long ended = rs.getLong("ended_at");
                    Instant endedAt = rs.wasNull() ? null : Instant.ofEpochMilli(ended);
                    return new Details(rs.getString("chair"), rs.getString("note_taker"), endedAt, rs.getString("guests"),
                            rs.getString("conclusion"));
                }).optional();
    }

    private static boolean tooLong(String text) {
        return text != null && text.length() > MAX_TEXT;
    }

    private static String pick(String given, String current) {
        return given == null ? current : given.isBlank() ? null : given.strip();
    }
}
