package vn.chibo.meeting.web;

import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingPageSection;
import vn.chibo.meeting.Meetings;
import vn.chibo.web.dashboard.Viewer;

/**
 * The meeting page's last section: move or cancel the meeting (its forms post to {@link MeetingForms}), offered only
 * while the meeting has not begun, as the server accepts.
 */
@Component
@Order(60)
class ChangeSection implements MeetingPageSection {

    private final Meetings meetings;

    ChangeSection(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public String template() {
        return "dashboard/meeting/change";
    }

    @Override
    public void addTo(Meeting meeting, Viewer viewer, int page, Locale locale, Model model) {
        model.addAttribute("changeable", meetings.canChange(meeting));
    }
}
