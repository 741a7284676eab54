package vn.chibo.meeting.web;

import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingPageSection;
import vn.chibo.web.dashboard.Viewer;

/** The meeting page's last section: move or cancel the meeting (its forms post to {@link MeetingForms}). */
@Component
@Order(60)
class ChangeSection implements MeetingPageSection {

    @Override
    public String template() {
        return "dashboard/meeting/change";
    }

    @Override
    public void addTo(Meeting meeting, Viewer viewer, int page, Locale locale, Model model) {
        // the forms need only the meeting, which the page gives every section
    }
}
