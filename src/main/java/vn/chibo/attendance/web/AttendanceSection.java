package vn.chibo.attendance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.AttendanceLine;
import vn.chibo.common.Paged;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingPageSection;
import vn.chibo.organization.Exemptions;
import vn.chibo.web.dashboard.Viewer;

/** The meeting page's replies and presence, a page of members at a time, with check-in's code and buttons. */
@Component
@Order(30)
class AttendanceSection implements MeetingPageSection {

    private final Attendance attendance;
    private final Exemptions exemptions;

    AttendanceSection(Attendance attendance, Exemptions exemptions) {
        this.attendance = attendance;
        this.exemptions = exemptions;
    }

    @Override
    public String template() {
        return "dashboard/meeting/attendance";
    }

    @Override
    public void addTo(Meeting meeting, Viewer viewer, int page, Locale locale, Model model) {
        List<AttendanceLine> lines = attendance.attendance(meeting);
        Paged<AttendanceLine> shown = Paged.of(lines, page, Paged.MEMBERS_A_PAGE);
        model.addAttribute("lines", shown.items());
        model.addAttribute("page", shown);
        Exemptions.Calendar calendar = exemptions.calendar();
        LocalDate day = meeting.startsAt().toLocalDate();
        model.addAttribute("exemptMembers", shown.items().stream().map(line -> line.member().id())
                .filter(member -> calendar.exempt(member, day)).collect(Collectors.toSet()));
        model.addAttribute("checkIn", attendance.openCheckInCode(meeting).orElse(null));
        model.addAttribute("checkInCanOpen", attendance.checkInCanOpen(meeting));
    }
}
