package vn.chibo.attendance.web;

import java.util.List;
import java.util.Locale;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chibo.attendance.CallList;
import vn.chibo.common.Paged;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Organization;
import vn.chibo.signin.DashboardScope;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.Viewer;

/** A meeting's whole call list, a page of members at a time, for the secretary working through it. */
@DashboardPage
class CallListPage {

    private final Meetings meetings;
    private final Organization organization;
    private final CallList callList;
    private final DashboardScope scope;

    CallListPage(Meetings meetings, Organization organization, CallList callList, DashboardScope scope) {
        this.meetings = meetings;
        this.organization = organization;
        this.callList = callList;
        this.scope = scope;
    }

    @GetMapping("/dashboard/meetings/{id}/calls")
    String calls(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam(defaultValue = "1") int page,
                 Model model, Locale locale) {
        Meeting meeting = scope.inCell(viewer, meetings.meeting(id), Meeting::cellId);
        Paged<CallList.Entry> shown = Paged.of(meeting.cancelled() ? List.of() : callList.of(meeting), page,
                Paged.MEMBERS_A_PAGE);
        model.addAttribute("meeting", meeting);
        model.addAttribute("cell", organization.unit(meeting.cellId()).orElseThrow());
        model.addAttribute("when", scope.when(meeting.startsAt(), locale));
        model.addAttribute("calls", shown.items());
        model.addAttribute("callsTotal", shown.total());
        model.addAttribute("callsPage", shown);
        return "dashboard/calls";
    }
}
