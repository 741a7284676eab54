package vn.chibo.attendance.web;

import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.chibo.attendance.CallList;
import vn.chibo.common.Paged;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingPageSection;
import vn.chibo.web.dashboard.Viewer;

/**
 * The meeting page's call list: who has not answered, their number as a tel: link, what reached them, and the outcomes;
 * a page of members at a time, as the replies above it.
 */
@Component
@Order(35)
class CallListSection implements MeetingPageSection {

    private final CallList callList;

    CallListSection(CallList callList) {
        this.callList = callList;
    }

    @Override
    public String template() {
        return "dashboard/meeting/calls";
    }

    @Override
    public void addTo(Meeting meeting, Viewer viewer, int page, Locale locale, Model model) {
        Paged<CallList.Entry> shown = Paged.of(meeting.cancelled() ? List.of() : callList.of(meeting), page, Paged.MEMBERS_A_PAGE);
        model.addAttribute("calls", shown.items());
        model.addAttribute("callsTotal", shown.total());
    }
}
