package vn.chibo.attendance.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.AttendanceRefusal;
import vn.chibo.common.Outcome;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Organization;
import vn.chibo.web.ApiProblems;

/** Who replied what and who came, check-in open and close, and the secretary's manual marks. */
@RestController
@RequestMapping("/api/admin/meetings/{id}")
class AdminAttendanceController {

    private final Attendance attendance;
    private final Meetings meetings;
    private final Organization organization;
    private final MessageSource messages;

    AdminAttendanceController(Attendance attendance, Meetings meetings, Organization organization,
                              MessageSource messages) {
        this.attendance = attendance;
        this.meetings = meetings;
        this.organization = organization;
        this.messages = messages;
    }

    /** {@code channel} is {@code via} under the name it had before replies came by phone and by the secretary. */
    record LineView(long memberId, String fullName, String reply, String reason, Instant repliedAt, String channel,
                    Boolean present, String via) {
    }

    record CheckInView(long meetingId, String code) {
    }

    record MarkBody(Boolean present) {
    }

    @GetMapping("/attendance")
    List<LineView> attendance(@PathVariable long id) {
        return attendance.attendance(meeting(id)).stream()
                .map(line -> new LineView(line.member().id(), line.member().fullName(),
                        line.reply() == null ? null : line.reply().name(), line.reason(), line.repliedAt(),
                        line.via() == null ? null : line.via().name(), line.present(),
                        line.via() == null ? null : line.via().name()))
                .toList();
    }

    @PostMapping("/check-in/open")
    CheckInView open(@PathVariable long id, Locale locale) {
        return new CheckInView(id, orConflict(attendance.openCheckIn(meeting(id)), locale));
    }

    @PostMapping("/check-in/close")
    List<LineView> close(@PathVariable long id, Locale locale) {
        orConflict(attendance.closeCheckIn(meeting(id)), locale);
        return attendance(id);
    }

    @PutMapping("/attendance/{memberId}")
    LineView mark(@PathVariable long id, @PathVariable long memberId, @RequestBody MarkBody body, Locale locale) {
        Meeting meeting = meeting(id);
        organization.member(memberId).filter(m -> m.unit().id() == meeting.cellId())
                .orElseThrow(() -> ApiProblems.notFound("problem.noMemberInCell", memberId));
        if (body.present() == null) {
            throw ApiProblems.badRequest(messages.getMessage("attendance.presentRequired", null, locale));
        }
        attendance.mark(meeting, memberId, body.present());
        return attendance(id).stream().filter(line -> line.memberId() == memberId).findFirst().orElseThrow();
    }

    private <T> T orConflict(Outcome<T, AttendanceRefusal> outcome, Locale locale) {
        if (outcome instanceof Outcome.Done<T, AttendanceRefusal> done) {
            return done.value();
        }
        throw ApiProblems.refused(HttpStatus.CONFLICT, messages, null,
                outcome.reasons().stream().map(refusal -> refusal.messageKey).toList(), locale);
    }

    private Meeting meeting(long id) {
        return meetings.meeting(id).orElseThrow(() -> ApiProblems.notFound("problem.noMeeting", id));
    }
}
