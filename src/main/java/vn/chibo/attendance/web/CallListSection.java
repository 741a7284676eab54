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
 * the first {@value #PREVIEW} here, all of them a page at a time on the call list's own page ({@link CallListPage}).
 */
@Component
@Order(35)
class CallListSection implements MeetingPageSection {

    /** Calls shown on the meeting page, whose replies table above already holds a page of members. */
    static final int PREVIEW = 10;

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
        Paged<CallList.Entry> shown = Paged.of(meeting.cancelled() ? List.of() : callList.of(meeting), 1, PREVIEW);
        model.addAttribute("calls", shown.items());
        model.addAttribute("callsTotal", shown.total());
        model.addAttribute("callsPage", null);
    }
}
