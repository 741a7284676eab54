package vn.chibo.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.AttendanceLine;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingDocuments;
import vn.chibo.meeting.Meetings;
import vn.chibo.minutes.MeetingRecordView;
import vn.chibo.organization.Exemptions;
import vn.chibo.organization.Organization;
import vn.chibo.statistics.MeetingFigures;
import vn.chibo.statistics.Statistics;
import vn.chibo.statistics.StatisticsTexts;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.signin.DashboardScope;
import vn.chibo.web.dashboard.Viewer;

/**
 * A meeting: who replied what and who came, its figures and documents. Its forms post to the features that
 * own them: check-in and marks (attendance), documents, move and cancel (meeting), nudge (reminder), and the
 * meeting's record: agenda, speakers, votes, minutes, tasks and grade (minutes).
 */
@DashboardPage
class MeetingPage {

    private final Meetings meetings;
    private final MeetingDocuments documents;
    private final Attendance attendance;
    private final Statistics statistics;
    private final StatisticsTexts texts;
    private final Organization organization;
    private final DashboardScope scope;
    private final MeetingRecordView record;
    private final Exemptions exemptions;
    private final Clock clock;

    MeetingPage(Meetings meetings, MeetingDocuments documents, Attendance attendance, Statistics statistics,
                StatisticsTexts texts,
                Organization organization, DashboardScope scope, MeetingRecordView record, Exemptions exemptions,
                Clock clock) {
        this.exemptions = exemptions;
        this.texts = texts;
        this.record = record;
        this.meetings = meetings;
        this.documents = documents;
        this.attendance = attendance;
        this.statistics = statistics;
        this.organization = organization;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/dashboard/meetings/{id}")
    String meeting(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam(defaultValue = "1") int page,
                   Model model, Locale locale) {
        Meeting meeting = scope.inCell(viewer, meetings.meeting(id), Meeting::cellId);
        model.addAttribute("meeting", meeting);
        model.addAttribute("cell", organization.unit(meeting.cellId()).orElseThrow());
        model.addAttribute("when", scope.when(meeting.startsAt(), locale));
        MeetingFigures figures = statistics.meeting(id).orElseThrow();
        model.addAttribute("figures", figures);
        model.addAttribute("exempt", texts.exempt(figures, locale).strip());
        model.addAttribute("criteria", texts.criteria(figures.criteria(), locale));
        List<AttendanceLine> lines = attendance.attendance(meeting);
        int pages = Math.max(1, (lines.size() + CellPage.PAGE_SIZE - 1) / CellPage.PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        model.addAttribute("lines", lines.subList((shown - 1) * CellPage.PAGE_SIZE,
                Math.min(lines.size(), shown * CellPage.PAGE_SIZE)));
        model.addAttribute("page", new Statistics.Page<>(List.of(), shown, pages, lines.size()));
        Exemptions.Calendar calendar = exemptions.calendar();
        LocalDate day = meeting.startsAt().toLocalDate();
        model.addAttribute("exemptMembers", lines.stream().map(line -> line.member().id())
                .filter(member -> calendar.exempt(member, day)).collect(Collectors.toSet()));
        model.addAttribute("documents", documents.list(meeting));
        model.addAttribute("checkIn", attendance.openCheckInCode(meeting).orElse(null));
        model.addAttribute("checkInClosed", attendance.checkInClosed(meeting));
        model.addAttribute("canNudge", viewer.memberId() != null && !meeting.startsAt().toInstant().isBefore(clock.instant()));
        model.addAttribute("record", record.of(meeting, locale));
        return "dashboard/meeting";
    }
}
