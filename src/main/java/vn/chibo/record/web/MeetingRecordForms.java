package vn.chibo.record.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chibo.common.Outcome;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.record.AgendaLines;
import vn.chibo.record.FollowUpTasks;
import vn.chibo.record.MeetingMinutes;
import vn.chibo.record.MinutesFiles;
import vn.chibo.record.Vote;
import vn.chibo.record.VoteRefusal;
import vn.chibo.record.Votes;
import vn.chibo.signin.DashboardScope;
import vn.chibo.text.VietnameseDates;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.NotInScopeException;
import vn.chibo.web.dashboard.RefusedInput;
import vn.chibo.web.dashboard.Viewer;

/**
 * The meeting page's record forms, for the secretary at the meeting or after it: the agenda, who spoke, votes,
 * what the minutes say, tasks from the resolution, and the minutes as a Word file.
 */
@DashboardPage
class MeetingRecordForms {

    private final Meetings meetings;
    private final MeetingMinutes minutes;
    private final Votes votes;
    private final FollowUpTasks tasks;
    private final MinutesFiles files;
    private final DashboardScope scope;

    MeetingRecordForms(Meetings meetings, MeetingMinutes minutes, Votes votes, FollowUpTasks tasks, MinutesFiles files,
                       DashboardScope scope) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.votes = votes;
        this.tasks = tasks;
        this.files = files;
        this.scope = scope;
    }

    /** One item a line, "- presenter" after it, as in chat. */
    @PostMapping("/dashboard/meetings/{id}/agenda")
    String agenda(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam String agenda,
                  RedirectAttributes flash, Locale locale) {
        Meeting meeting = meeting(viewer, id);
        List<MeetingMinutes.AgendaItem> items = AgendaLines.parse(agenda);
        refuseUnlessDone(minutes.setAgenda(meeting, items), locale);
        flash.addFlashAttribute("notice", scope.text(locale, "dashboard.record.agendaSaved", items.size()));
        return backTo(id);
    }

    @PostMapping("/dashboard/meetings/{id}/speeches")
    String speech(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam long memberId,
                  @RequestParam(required = false) Integer item, @RequestParam(required = false) String summary,
                  Locale locale) {
        refuseUnlessDone(minutes.recordSpeech(meeting(viewer, id), memberId, item, summary), locale);
        return backTo(id);
    }

    @PostMapping("/dashboard/meetings/{id}/note-taker")
    String noteTaker(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam long memberId, Locale locale) {
        refuseUnlessDone(minutes.nameNoteTaker(meeting(viewer, id), memberId), locale);
        return backTo(id);
    }

    @PostMapping("/dashboard/meetings/{id}/votes")
    String openVote(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam String question, Locale locale) {
        refuseUnless(votes.open(meeting(viewer, id), question, viewer.memberId()), locale);
        return backTo(id);
    }

    /** A show of hands: the counts the secretary read off the room. */
    @PostMapping("/dashboard/meetings/{id}/votes/{voteId}/hands")
    String hands(@RequestAttribute Viewer viewer, @PathVariable long id, @PathVariable long voteId,
                 @RequestParam("for") int votesFor, @RequestParam int against, @RequestParam int abstain, Locale locale) {
        refuseUnless(votes.hands(vote(viewer, id, voteId).id(), votesFor, against, abstain, locale), locale);
        return backTo(id);
    }

    @PostMapping("/dashboard/meetings/{id}/votes/{voteId}/close")
    String closeVote(@RequestAttribute Viewer viewer, @PathVariable long id, @PathVariable long voteId, Locale locale) {
        refuseUnless(votes.close(vote(viewer, id, voteId).id(), locale), locale);
        return backTo(id);
    }

    /** What the minutes say beyond the record; the end is a local time in the meeting's zone. */
    @PostMapping("/dashboard/meetings/{id}/minutes")
    String details(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam(required = false) String chair,
                   @RequestParam(required = false) String endedAt, @RequestParam(required = false) String guests,
                   @RequestParam(required = false) String conclusion, RedirectAttributes flash, Locale locale) {
        Meeting meeting = meeting(viewer, id);
        LocalDateTime ended = endedAt == null || endedAt.isBlank() ? null : VietnameseDates.readDateTime(endedAt)
                .orElseThrow(() -> new RefusedInput(scope.text(locale, "dashboard.record.badTime", endedAt)));
        refuseUnlessDone(minutes.setDetails(meeting, new MeetingMinutes.Details(chair, null,
                ended == null ? null : ended.atZone(meeting.startsAt().getZone()).toInstant(), guests, conclusion)), locale);
        flash.addFlashAttribute("notice", scope.text(locale, "dashboard.record.minutesSaved"));
        return backTo(id);
    }

    @PostMapping("/dashboard/meetings/{id}/tasks")
    String task(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam String title,
                @RequestParam long memberId, @RequestParam String dueOn, Locale locale) {
        LocalDate due = VietnameseDates.readDay(dueOn)
                .orElseThrow(() -> new RefusedInput(scope.text(locale, "task.problem.due")));
        refuseUnlessDone(tasks.add(meeting(viewer, id), title, memberId, due), locale);
        return backTo(id);
    }

    @GetMapping("/dashboard/meetings/{id}/minutes.docx")
    ResponseEntity<byte[]> document(@RequestAttribute Viewer viewer, @PathVariable long id, Locale locale) {
        MinutesFiles.File file = files.minutes(meeting(viewer, id), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(MinutesFiles.DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name()).build().toString())
                .body(file.content());
    }

    private Meeting meeting(Viewer viewer, long id) {
        return scope.inCell(viewer, meetings.meeting(id), Meeting::cellId);
    }

    private Vote vote(Viewer viewer, long meetingId, long voteId) {
        Meeting meeting = meeting(viewer, meetingId);
        return votes.vote(voteId).filter(vote -> vote.meetingId() == meeting.id()).orElseThrow(NotInScopeException::new);
    }

    private void refuseUnlessDone(Outcome<?, String> outcome, Locale locale) {
        if (!outcome.isDone()) {
            throw new RefusedInput(scope.text(locale, outcome.reasons().get(0)));
        }
    }

    private void refuseUnless(Outcome<?, VoteRefusal> outcome, Locale locale) {
        if (!outcome.isDone()) {
            throw new RefusedInput(scope.text(locale, outcome.reasons().get(0).messageKey));
        }
    }

    private static String backTo(long meetingId) {
        return "redirect:/dashboard/meetings/" + meetingId + "#record";
    }
}
