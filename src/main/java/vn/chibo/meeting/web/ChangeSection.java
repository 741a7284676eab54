package vn.chibo.meeting.web;


import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.chibo.meeting.MeetingPageSection;

/** The meeting page's last section: move or cancel the meeting (its forms post to {@link MeetingForms}). */
@Component
@Order(60)
class ChangeSection implements MeetingPageSection {

    @Override
    public String template() {
        return "dashboard/meeting/change";
    }
}
