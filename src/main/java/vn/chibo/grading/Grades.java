package vn.chibo.grading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.chibo.attendance.MeetingRecord;
import vn.chibo.common.InLists;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingDocuments;
import vn.chibo.organization.Exemptions;
import vn.chibo.organization.Member;
import vn.chibo.organization.MemberStatus;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.record.MeetingMinutes;
import vn.chibo.record.Votes;

/**
 * The grades of many meetings at once, for figures over months and cells: what {@link Assessments#assess} reads
 * one meeting at a time (about fifteen reads each) is read here in a few reads for all of them, and scored the
 * same way. Only meetings whose record is kept (minutes saved, or the checklist answered) are graded.
 */
@Service
public class Grades {

    private record Stored(String chair, String noteTaker, Instant endedAt, String conclusion) {
    }

    private final JdbcClient jdbc;
    private final Assessments assessments;
    private final QualityFrames frames;
    private final MeetingDocuments documents;
    private final Votes votes;
    private final Organization organization;
    private final Exemptions exemptions;

    Grades(JdbcClient jdbc, Assessments assessments, QualityFrames frames, MeetingDocuments documents, Votes votes,
           Organization organization, Exemptions exemptions) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.frames = frames;
        this.documents = documents;
        this.votes = votes;
        this.organization = organization;
        this.exemptions = exemptions;
    }

    /** The assessment of each meeting whose record is kept, by meeting id; {@code records} are their attendance. */
    public Map<Long, Assessment> of(List<Meeting> meetings, Map<Long, MeetingRecord> records, Locale locale) {
        List<Long> ids = meetings.stream().map(Meeting::id).toList();
        Map<Long, Stored> stored = new HashMap<>();
        Map<Long, Assessments.Answers> answers = new HashMap<>();
        InLists.forEachSlice(ids, slice -> {
            jdbc.sql("SELECT meeting_id, chair, note_taker, ended_at, conclusion FROM meeting_record WHERE meeting_id IN (:ids)")
                    .param("ids", slice)
                    .query(rs -> {
                        long ended = rs.getLong("ended_at");
                        stored.put(rs.getLong("meeting_id"), new Stored(rs.getString("chair"), rs.getString("note_taker"),
                                rs.wasNull() ? null : Instant.ofEpochMilli(ended), rs.getString("conclusion")));
                    });
            jdbc.sql("SELECT * FROM meeting_assessment WHERE meeting_id IN (:ids)").param("ids", slice)
                    .query(rs -> {
                        answers.put(rs.getLong("meeting_id"), Assessments.answersOf(rs));
                    });
        });
        List<Meeting> kept = meetings.stream()
                .filter(meeting -> stored.containsKey(meeting.id()) || answers.containsKey(meeting.id())).toList();
        if (kept.isEmpty()) {
            return Map.of();
        }
        List<Long> keptIds = kept.stream().map(Meeting::id).toList();
        Set<Long> documentsAhead = documents.sentDayAhead(kept);
        Map<Long, Long> speakers = speakers(keptIds);
        Set<Long> closedVotes = new HashSet<>(InLists.query(keptIds, slice -> jdbc.sql(
                        "SELECT DISTINCT meeting_id FROM meeting_vote WHERE closed_at IS NOT NULL AND meeting_id IN (:ids)")
                .param("ids", slice).query(Long.class).list()));
        Exemptions.Calendar calendar = exemptions.calendar();
        Map<Long, OrgUnit> cells = new HashMap<>();
        kept.forEach(meeting -> cells.computeIfAbsent(meeting.cellId(), id -> organization.unit(id).orElseThrow()));
        Map<Long, QualityFrame> frameOf = frames.forUnits(cells.values());
        Map<Long, List<Member>> members = new HashMap<>();
        Map<Long, Assessment> graded = new LinkedHashMap<>();
        for (Meeting meeting : kept) {
            OrgUnit cell = cells.get(meeting.cellId());
            List<Member> ofCell = members.computeIfAbsent(cell.id(), id -> organization.membersOf(cell));
            LocalDate day = meeting.startsAt().toLocalDate();
            List<Member> expected = ofCell.stream().filter(member -> !calendar.exempt(member.id(), day)).toList();
            MeetingRecord record = records.get(meeting.id());
            Map<Long, Boolean> presence = record == null ? Map.of() : record.presence();
            Stored details = stored.getOrDefault(meeting.id(), new Stored(null, null, null, null));
            graded.put(meeting.id(), assessments.score(meeting, new Assessments.Facts(
                    frameOf.get(cell.id()),
                    answers.getOrDefault(meeting.id(), Assessments.Answers.NONE), documentsAhead.contains(meeting.id()),
                    details.endedAt(), record == null ? null : record.checkInClosedAt(),
                    expected.stream().filter(member -> Boolean.TRUE.equals(presence.get(member.id()))).count(),
                    expected.size(), speakers.getOrDefault(meeting.id(), 0L),
                    closedVotes.contains(meeting.id()) && approvedAny(meeting, expected, locale),
                    MeetingMinutes.chair(details.chair(), ofCell) != null && details.noteTaker() != null
                            && details.conclusion() != null), locale));
        }
        return graded;
    }

    private Map<Long, Long> speakers(List<Long> ids) {
        Map<Long, Long> speakers = new HashMap<>();
        InLists.forEachSlice(ids, slice -> jdbc.sql(
                        "SELECT meeting_id, COUNT(DISTINCT member_id) FROM speech WHERE meeting_id IN (:ids) GROUP BY meeting_id")
                .param("ids", slice)
                .query(rs -> {
                    speakers.put(rs.getLong(1), rs.getLong(2));
                }));
        return speakers;
    }

    /** Whether a closed vote of the meeting carried, counted with its official members not exempted that day. */
    private boolean approvedAny(Meeting meeting, List<Member> expected, Locale locale) {
        Set<Long> eligible = expected.stream().filter(member -> member.status() != MemberStatus.PROBATIONARY)
                .map(Member::id).collect(Collectors.toSet());
        return votes.results(meeting, eligible, locale).stream().anyMatch(vote -> !vote.open() && vote.approved());
    }
}
