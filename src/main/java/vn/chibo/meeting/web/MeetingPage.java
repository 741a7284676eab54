package vn.chibo.meeting.web;

import java.util.List;
import java.util.Locale;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingPageSection;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Organization;
import vn.chibo.signin.DashboardScope;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.Viewer;

/** A meeting's page: its heading, then the sections the features contribute ({@link MeetingPageSection}). */
@DashboardPage
class MeetingPage {

    private final Meetings meetings;
    private final Organization organization;
    private final DashboardScope scope;
    private final List<MeetingPageSection> sections;

    MeetingPage(Meetings meetings, Organization organization, DashboardScope scope, List<MeetingPageSection> sections) {
        this.meetings = meetings;
        this.organization = organization;
        this.scope = scope;
        this.sections = sections;
    }

    @GetMapping("/dashboard/meetings/{id}")
    String meeting(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam(defaultValue = "1") int page,
                   Model model, Locale locale) {
        Meeting meeting = scope.inCell(viewer, meetings.meeting(id), Meeting::cellId);
        model.addAttribute("meeting", meeting);
        model.addAttribute("cell", organization.unit(meeting.cellId()).orElseThrow());
        model.addAttribute("when", scope.when(meeting.startsAt(), locale));
        sections.forEach(section -> section.addTo(meeting, viewer, page, locale, model));
        model.addAttribute("sections", sections.stream().map(MeetingPageSection::template).toList());
        return "dashboard/meeting";
    }
}
