package vn.chibo.attendance.web;

import java.util.Locale;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chibo.attendance.AttendanceRefusal;
import vn.chibo.attendance.CallList;
import vn.chibo.common.Outcome;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.signin.DashboardScope;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.RefusedInput;
import vn.chibo.web.dashboard.Viewer;

/** The call list's buttons, on the meeting page and the call list's own: what a call gave. */
@DashboardPage
class CallForms {

    private final Meetings meetings;
    private final CallList callList;
    private final DashboardScope scope;

    CallForms(Meetings meetings, CallList callList, DashboardScope scope) {
        this.meetings = meetings;
        this.callList = callList;
        this.scope = scope;
    }

    @PostMapping("/dashboard/meetings/{id}/calls/{memberId}")
    String record(@RequestAttribute Viewer viewer, @PathVariable long id, @PathVariable long memberId,
                  @RequestParam CallList.CallOutcome outcome, @RequestParam(required = false) String reason,
                  @RequestParam(name = "listPage", required = false) Integer listPage, RedirectAttributes flash,
                  Locale locale) {
        Meeting meeting = scope.inCell(viewer, meetings.meeting(id), Meeting::cellId);
        Outcome<CallList.CallOutcome, AttendanceRefusal> recorded = callList.record(meeting, memberId, outcome, reason,
                viewer.memberId());
        if (recorded instanceof Outcome.Refused<CallList.CallOutcome, AttendanceRefusal> refused) {
            throw new RefusedInput(scope.text(locale, refused.first().messageKey));
        }
        flash.addFlashAttribute("notice", scope.text(locale, "calls.outcome." + outcome.name()));
        return listPage == null ? "redirect:/dashboard/meetings/" + id
                : "redirect:/dashboard/meetings/" + id + "/calls?page=" + listPage;
    }
}
