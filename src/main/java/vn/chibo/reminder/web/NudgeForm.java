package vn.chibo.reminder.web;

import java.util.Locale;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.reminder.Nudges;
import vn.chibo.signin.DashboardScope;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.Viewer;

/** The meeting page's nudge: one reminder to those who have not replied, once per reminder stage. */
@DashboardPage
class NudgeForm {

    private final Meetings meetings;
    private final Nudges nudges;
    private final DashboardScope scope;

    NudgeForm(Meetings meetings, Nudges nudges, DashboardScope scope) {
        this.meetings = meetings;
        this.nudges = nudges;
        this.scope = scope;
    }

    @PostMapping("/dashboard/meetings/{id}/nudge")
    String nudge(@RequestAttribute Viewer viewer, @PathVariable long id, RedirectAttributes flash, Locale locale) {
        Meeting meeting = scope.inCell(viewer, meetings.meeting(id), Meeting::cellId);
        Nudges.NudgeResult outcome = nudges.nudge(meeting, scope.actingMember(viewer));
        flash.addFlashAttribute("notice", switch (outcome.result()) {
            case SENT -> scope.text(locale, "dashboard.nudged", outcome.nudged().size());
            case ALREADY_SENT -> scope.text(locale, "nudge.already");
            case EVERYONE_REPLIED -> scope.text(locale, "nudge.everyoneReplied");
        });
        return "redirect:/dashboard/meetings/" + id;
    }
}
