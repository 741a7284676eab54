package vn.chibo.record.web;

import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingPageSection;
import vn.chibo.record.MeetingRecordView;
import vn.chibo.web.dashboard.Viewer;

/**
 * The meeting page's record: agenda, reads, note-taker, speakers, votes, minutes, tasks and the grade; its forms
 * post to {@link MeetingRecordForms}.
 */
@Component
@Order(50)
class RecordSection implements MeetingPageSection {

    private final MeetingRecordView record;

    RecordSection(MeetingRecordView record) {
        this.record = record;
    }

    @Override
    public String template() {
        return "dashboard/meeting/record";
    }

    @Override
    public void addTo(Meeting meeting, Viewer viewer, int page, Locale locale, Model model) {
        model.addAttribute("record", record.of(meeting, page, locale));
    }
}
