package vn.chibo.record;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.chibo.meeting.Meeting;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;

/** Everything the meeting page shows of a meeting's record, read at once for its template. */
@Component
public class MeetingRecordView {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /**
     * @param agendaText the agenda as typed, one item a line, to edit in place
     * @param members    the cell's members, to pick a speaker, the note-taker or who a task is for
     * @param endedAt    when it ended, in the meeting's zone as a date-and-time field takes it, or empty
     */
    public record View(List<MeetingMinutes.AgendaItem> agenda, String agendaText, List<DocumentReads.Reader> readers,
                       List<MeetingMinutes.Speech> speeches, List<VoteResult> votes, MeetingMinutes.Details details,
                       Long noteTakerId, List<FollowUpTask> tasks, List<FollowUpTask> review,
                       List<Member> members, boolean began, String endedAt) {
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

    public View of(Meeting meeting, Locale locale) {
        List<MeetingMinutes.AgendaItem> agenda = minutes.agenda(meeting);
        String agendaText = agenda.stream()
                .map(item -> item.presenter() == null ? item.title() : item.title() + " - " + item.presenter())
                .collect(Collectors.joining("\n"));
        MeetingMinutes.Details details = minutes.details(meeting);
        String endedAt = details.endedAt() == null ? ""
                : INPUT.format(details.endedAt().atZone(meeting.startsAt().getZone()));
        return new View(agenda, agendaText, reads.readers(meeting), minutes.speeches(meeting),
                votes.results(meeting, locale), details, minutes.noteTakerId(meeting).orElse(null),
                tasks.of(meeting), tasks.toReview(meeting),
                organization.unit(meeting.cellId()).map(organization::membersOf).orElse(List.of()),
                !meeting.startsAt().toInstant().isAfter(clock.instant()), endedAt);
    }
}
