package vn.chibo.reminder.web;

import java.time.Clock;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingPageSection;
import vn.chibo.web.dashboard.Viewer;

/** The meeting page's "Nhắc người chưa trả lời", for a leader who is a member, until the meeting starts. */
@Component
@Order(20)
class NudgeSection implements MeetingPageSection {

    private final Clock clock;

    NudgeSection(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String template() {
        return "dashboard/meeting/nudge";
    }

    @Override
    public void addTo(Meeting meeting, Viewer viewer, int page, Locale locale, Model model) {
        model.addAttribute("canNudge", viewer.memberId() != null && !meeting.startsAt().toInstant().isBefore(clock.instant()));
    }
}
