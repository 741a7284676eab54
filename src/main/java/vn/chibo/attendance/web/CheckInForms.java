package vn.chibo.attendance.web;

import java.util.Locale;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.AttendanceRefusal;
import vn.chibo.common.Outcome;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Organization;
import vn.chibo.signin.DashboardScope;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.NotInScopeException;
import vn.chibo.web.dashboard.RefusedInput;
import vn.chibo.web.dashboard.Viewer;

/** The meeting page's check-in buttons and the secretary's marks of who was there. */
@DashboardPage
class CheckInForms {

    private final Meetings meetings;
    private final Attendance attendance;
    private final Organization organization;
    private final DashboardScope scope;

    CheckInForms(Meetings meetings, Attendance attendance, Organization organization, DashboardScope scope) {
        this.meetings = meetings;
        this.attendance = attendance;
        this.organization = organization;
        this.scope = scope;
    }

    @PostMapping("/dashboard/meetings/{id}/check-in/open")
    String open(@RequestAttribute Viewer viewer, @PathVariable long id, Locale locale) {
        orRefuse(attendance.openCheckIn(scope.inCell(viewer, meetings.meeting(id), Meeting::cellId)), locale);
        return backTo(id);
    }

    @PostMapping("/dashboard/meetings/{id}/check-in/close")
    String close(@RequestAttribute Viewer viewer, @PathVariable long id, RedirectAttributes flash, Locale locale) {
        orRefuse(attendance.closeCheckIn(scope.inCell(viewer, meetings.meeting(id), Meeting::cellId)), locale);
        flash.addFlashAttribute("notice", scope.text(locale, "dashboard.checkInClosed"));
        return backTo(id);
    }

    @PostMapping("/dashboard/meetings/{id}/attendance/{memberId}")
    String mark(@RequestAttribute Viewer viewer, @PathVariable long id, @PathVariable long memberId,
                @RequestParam boolean present) {
        Meeting meeting = scope.inCell(viewer, meetings.meeting(id), Meeting::cellId);
        organization.member(memberId).filter(member -> member.unit().id() == meeting.cellId())
                .orElseThrow(NotInScopeException::new);
        attendance.mark(meeting, memberId, present);
        return backTo(id);
    }


    private void orRefuse(Outcome<?, AttendanceRefusal> outcome, Locale locale) {
        if (!outcome.isDone()) {
            throw new RefusedInput(scope.text(locale, outcome.reasons().get(0).messageKey));
        }
    }

    private static String backTo(long meetingId) {
        return "redirect:/dashboard/meetings/" + meetingId;
    }
}
