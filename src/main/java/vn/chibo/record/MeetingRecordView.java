package vn.chibo.record;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.chibo.common.Paged;
import vn.chibo.meeting.Meeting;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.text.VietnameseDates;

/** Everything the meeting page shows of a meeting's record, read at once for its template. */
@Component
public class MeetingRecordView {

    /**
     * @param agendaText the agenda as typed, one item a line, to edit in place
     * @param members    the cell's members on the page asked for (and the note-taker), to pick a speaker, the
     *                   note-taker or who a task is for: a cell of thousands does not send thousands of names
     *                   three times over
     * @param readersNamed whether the readers are few enough to be named (a page of members at most)
     * @param expected   how many of them are expected at the meeting (the exempt are not)
     * @param endedAt    when it ended, in the meeting's zone as typed in its field (05/12/2026 21:15), or empty
     */
    public record View(List<MeetingMinutes.AgendaItem> agenda, String agendaText, List<DocumentReads.Reader> readers,
                       List<MeetingMinutes.Speech> speeches, List<VoteResult> votes, MeetingMinutes.Details details,
                       Long noteTakerId, List<FollowUpTask> tasks, List<FollowUpTask> review,
                       List<Member> members, int expected, boolean began, String endedAt, boolean readersNamed) {
    }

    private final MeetingMinutes minutes;
    private final DocumentReads reads;
    private final Votes votes;
    private final FollowUpTasks tasks;
    private final Organization organization;
    private final Clock clock;

    MeetingRecordView(MeetingMinutes minutes, DocumentReads reads, Votes votes, FollowUpTasks tasks,
                      Organization organization, Clock clock) {
        this.minutes = minutes;
        this.reads = reads;
        this.votes = votes;
        this.tasks = tasks;
        this.organization = organization;
        this.clock = clock;
    }

    /** The record, with the members of page {@code page} of the cell's roster to pick from. */
    public View of(Meeting meeting, int page, Locale locale) {
        List<MeetingMinutes.AgendaItem> agenda = minutes.agenda(meeting);
        String agendaText = agenda.stream()
                .map(item -> item.presenter() == null ? item.title() : item.title() + " - " + item.presenter())
                .collect(Collectors.joining("\n"));
        MeetingMinutes.Details details = minutes.details(meeting);
        String endedAt = details.endedAt() == null ? ""
                : VietnameseDates.formDateTime(details.endedAt().atZone(meeting.startsAt().getZone()).toLocalDateTime());
        List<Member> members = organization.unit(meeting.cellId()).map(organization::membersOf).orElse(List.of());
        Long noteTaker = minutes.noteTakerId(meeting).orElse(null);
        var offered = new ArrayList<>(Paged.of(members, page, Paged.MEMBERS_A_PAGE).items());
        members.stream().filter(member -> noteTaker != null && member.id() == noteTaker && !offered.contains(member))
                .forEach(member -> offered.add(0, member));
        List<DocumentReads.Reader> readers = reads.readers(meeting);
        return new View(agenda, agendaText, readers, minutes.speeches(meeting),
                votes.results(meeting, locale), details, noteTaker,
                tasks.of(meeting), tasks.toReview(meeting), offered,
                minutes.expected(meeting, members).size(), !meeting.startsAt().toInstant().isAfter(clock.instant()), endedAt,
                readers.size() <= Paged.MEMBERS_A_PAGE);
    }
}
