package vn.chibo.attendance.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.attendance.AttendanceRefusal;
import vn.chibo.attendance.CallList;
import vn.chibo.channel.RouteTry;
import vn.chibo.common.Outcome;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.web.ApiProblems;

/**
 * {@code GET /api/admin/meetings/{id}/call-list}: the members to call; {@code POST .../calls}: what a call gave
 * ({@code ATTENDING}, {@code ABSENT_WITH_REASON} with its reason, {@code UNREACHABLE}).
 */
@RestController
@RequestMapping("/api/admin/meetings/{id}")
class CallListController {

    private final CallList callList;
    private final Meetings meetings;
    private final MessageSource messages;

    CallListController(CallList callList, Meetings meetings, MessageSource messages) {
        this.callList = callList;
        this.meetings = meetings;
        this.messages = messages;
    }

    /** {@code routes}: the routes tried, in order; {@code tries}: each with its state and whether it arrived. */
    record EntryView(long memberId, String fullName, String phone, List<String> routes, boolean delivered,
                     List<RouteTry> tries, String lastCall) {
    }

    record CallBody(Long memberId, String outcome, String reason) {
    }

    record CallView(long memberId, String outcome) {
    }

    @GetMapping("/call-list")
    List<EntryView> callList(@PathVariable long id) {
        return callList.of(meeting(id)).stream()
                .map(entry -> new EntryView(entry.member().id(), entry.member().fullName(), entry.member().phone(),
                        entry.routes().stream().map(route -> route.route().name()).distinct().toList(), entry.delivered(),
                        entry.routes(), entry.lastCall() == null ? null : entry.lastCall().name()))
                .toList();
    }

    @PostMapping("/calls")
    CallView call(@PathVariable long id, @RequestBody CallBody body, Locale locale) {
        Meeting meeting = meeting(id);
        if (body == null || body.memberId() == null) {
            throw ApiProblems.badRequest(messages.getMessage("calls.memberRequired", null, locale));
        }
        CallList.CallOutcome outcome;
        try {
            outcome = CallList.CallOutcome.valueOf(body.outcome() == null ? "" : body.outcome());
        } catch (IllegalArgumentException e) {
            throw ApiProblems.badRequest(messages.getMessage("calls.outcomeRequired", null, locale));
        }
        Outcome<CallList.CallOutcome, AttendanceRefusal> recorded = callList.record(meeting, body.memberId(), outcome,
                body.reason(), null);
        if (recorded instanceof Outcome.Refused<CallList.CallOutcome, AttendanceRefusal> refused) {
            HttpStatus status = refused.first() == AttendanceRefusal.NOT_IN_CELL ? HttpStatus.NOT_FOUND
                    : refused.first() == AttendanceRefusal.REASON_REQUIRED ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
            throw ApiProblems.refused(status, messages, null, List.of(refused.first().messageKey), locale);
        }
        return new CallView(body.memberId(), outcome.name());
    }

    private Meeting meeting(long id) {
        return meetings.meeting(id).orElseThrow(() -> ApiProblems.notFound("problem.noMeeting", id));
    }
}
