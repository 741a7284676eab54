package vn.chibo.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.AttendanceRefusedException;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Organization;

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

    record LineView(long memberId, String fullName, String reply, String reason, Instant repliedAt, String channel,
                    Boolean present) {
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
                        line.channel() == null ? null : line.channel().name(), line.present()))
                .toList();
    }

    @PostMapping("/check-in/open")
    CheckInView open(@PathVariable long id) {
        return new CheckInView(id, attendance.openCheckIn(meeting(id)));
    }

    @PostMapping("/check-in/close")
    List<LineView> close(@PathVariable long id) {
        attendance.closeCheckIn(meeting(id));
        return attendance(id);
    }

    @PutMapping("/attendance/{memberId}")
    LineView mark(@PathVariable long id, @PathVariable long memberId, @RequestBody MarkBody body, Locale locale) {
        Meeting meeting = meeting(id);
        organization.member(memberId).filter(m -> m.unit().id() == meeting.cellId())
                .orElseThrow(() -> AdminProblems.notFound("No member " + memberId + " in the meeting's cell"));
        if (body.present() == null) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    messages.getMessage("attendance.presentRequired", null, locale)), null);
        }
        attendance.mark(meeting, memberId, body.present());
        return attendance(id).stream().filter(line -> line.memberId() == memberId).findFirst().orElseThrow();
    }

    @ExceptionHandler(AttendanceRefusedException.class)
    ProblemDetail refused(AttendanceRefusedException refused, Locale locale) {
        String detail = messages.getMessage(refused.refusal().messageKey, null, locale);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setProperty("errors", List.of(Map.of("message", detail)));
        return problem;
    }

    private Meeting meeting(long id) {
        return meetings.meeting(id).orElseThrow(() -> AdminProblems.notFound("No meeting with id " + id));
    }
}
