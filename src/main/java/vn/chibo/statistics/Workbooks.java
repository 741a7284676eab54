package vn.chibo.statistics;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.AttendanceLine;
import vn.chibo.attendance.Reply;
import vn.chibo.channel.Reach;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Exemptions;
import vn.chibo.organization.OrgUnit;

/**
 * Excel reports: for a cell, a summary by month, a sheet of members and a sheet per meeting with every
 * member's reply, how it came and presence; for a committee, its cells ranked and its months; for both, who can be
 * reached and how. Vietnamese headers (or the
 * reader's language), dates as real dates, the same figures as everywhere else.
 */
@Component
public class Workbooks {

    private final Statistics statistics;
    private final Attendance attendance;
    private final Meetings meetings;
    private final MessageSource messages;
    private final StatisticsTexts texts;
    private final Exemptions exemptions;
    private final Clock clock;
    private final Reach reach;
    private final DuesSheet dues;

    Workbooks(Statistics statistics, Attendance attendance, Meetings meetings, MessageSource messages,
              StatisticsTexts texts, Exemptions exemptions, Clock clock, Reach reach, DuesSheet dues) {
        this.dues = dues;
        this.reach = reach;
        this.texts = texts;
        this.exemptions = exemptions;
        this.statistics = statistics;
        this.attendance = attendance;
        this.meetings = meetings;
        this.messages = messages;
        this.clock = clock;
    }

    public byte[] cell(OrgUnit cell, Statistics.Period period, Locale locale) {
        CellFigures figures = statistics.cell(cell, period);
        try (var book = new ReportBook(locale, messages)) {
            Sheet months = book.sheet(text(locale, "report.sheet.months"));
            book.header(months, 0, List.of("report.col.month"));
            int row = 1;
            for (PeriodFigures month : figures.months()) {
                book.month(months.createRow(row++), month);
            }
            book.period(months.createRow(row), text(locale, "report.total"), figures.total());
            book.note(months, row + 2, 1 + ReportBook.PERIOD_COLUMNS.size(), texts.criteria(figures.criteria(), locale));

            Sheet people = book.sheet(text(locale, "report.sheet.members"));
            book.header(people, 0, "report.col.name", "report.col.meetings", "report.col.replied", "report.col.replyRate",
                    "report.col.present", "report.col.absentExcused", "report.col.absentUnexcused", "report.col.quizzes",
                    "report.col.quizScore", "report.col.unexcusedMonths", "report.col.flag", "report.col.exemptMeetings");
            row = 1;
            for (MemberFigures member : statistics.members(cell, period)) {
                Row line = people.createRow(row++);
                line.createCell(0).setCellValue(member.fullName());
                line.createCell(1).setCellValue(member.meetings());
                line.createCell(2).setCellValue(member.replied());
                book.percent(line, 3, member.replyRate());
                line.createCell(4).setCellValue(member.present());
                line.createCell(5).setCellValue(member.absentExcused());
                line.createCell(6).setCellValue(member.absentUnexcused());
                line.createCell(7).setCellValue(member.quizzesTaken());
                book.percent(line, 8, member.averageQuizScore());
                line.createCell(9).setCellValue(member.unexcusedMonthsInYear());
                line.createCell(10).setCellValue(member.reviewFlag() ? text(locale, "report.flag.review")
                        : member.warning() ? text(locale, "report.flag.warning") : "");
                line.createCell(11).setCellValue(member.exemptMeetings());
            }

            for (MeetingFigures meeting : figures.meetings()) {
                meetingSheet(book, meeting, locale);
            }
            reachSheet(book, cell, locale);
            dues.write(book, cell, period, locale);
            return book.bytes();
        }
    }

    public byte[] committee(OrgUnit unit, Statistics.Period period, Locale locale) {
        CommitteeFigures figures = statistics.committee(unit, period);
        try (var book = new ReportBook(locale, messages)) {
            Sheet cells = book.sheet(text(locale, "report.sheet.cells"));
            book.header(cells, 0, List.of("report.col.rank", "report.col.cell"));
            int row = 1;
            for (CommitteeFigures.CellRank cell : figures.cells()) {
                Row line = cells.createRow(row++);
                line.createCell(0).setCellValue(cell.rank());
                book.period(line, 1, cell.cellName(), cell.total());
            }
            Row total = cells.createRow(row);
            book.period(total, 1, text(locale, "report.total"), figures.total());
            book.note(cells, row + 2, 2 + ReportBook.PERIOD_COLUMNS.size(), texts.criteria(figures.criteria(), locale));

            Sheet months = book.sheet(text(locale, "report.sheet.months"));
            book.header(months, 0, List.of("report.col.month"));
            row = 1;
            for (PeriodFigures month : figures.months()) {
                book.month(months.createRow(row++), month);
            }
            book.period(months.createRow(row), text(locale, "report.total"), figures.total());
            book.note(months, row + 2, 1 + ReportBook.PERIOD_COLUMNS.size(), texts.criteria(figures.criteria(), locale));
            reachSheet(book, unit, locale);
            dues.write(book, unit, period, locale);
            return book.bytes();
        }
    }

    private void meetingSheet(ReportBook book, MeetingFigures meeting, Locale locale) {
        LocalDateTime startsAt = meeting.startsAt().atZoneSameInstant(clock.getZone()).toLocalDateTime();
        Sheet sheet = book.sheet(String.format("%02d-%02d-%d", startsAt.getDayOfMonth(), startsAt.getMonthValue(),
                startsAt.getYear()));
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(text(locale, "report.meeting.when"));
        book.date(title, 1, startsAt);
        title.createCell(2).setCellValue(meeting.title() == null ? text(locale, "report.meeting." + meeting.kind()) : meeting.title());
        Row summary = sheet.createRow(1);
        summary.createCell(0).setCellValue(text(locale, "report.col.rate"));
        book.percent(summary, 1, meeting.attendanceRate());
        summary.createCell(2).setCellValue(Boolean.TRUE.equals(meeting.meetsQualityCriterion())
                ? text(locale, "report.meeting.goodQuality") : "");
        summary.createCell(3).setCellValue(texts.exempt(meeting, locale).strip());
        if (meeting.grade() != null) {
            summary.createCell(4).setCellValue(text(locale, "stats.meeting.grade",
                    text(locale, "assessment.grade." + meeting.grade()), meeting.gradePoints()));
        }
        String[] columns = {"report.col.name", "report.col.role", "report.col.reply", "report.col.reason",
            "report.col.repliedAt", "report.col.presence", "report.col.note", "report.col.via"};
        book.header(sheet, 3, columns);
        book.note(sheet, 2, columns.length, texts.criteria(meeting.criteria(), locale));
        int row = 4;
        List<AttendanceLine> lines = meetings.meeting(meeting.meetingId()).map(attendance::attendance).orElse(List.of());
        Exemptions.Calendar calendar = exemptions.calendar();
        for (AttendanceLine line : lines) {
            Row cells = sheet.createRow(row++);
            cells.createCell(0).setCellValue(line.member().fullName());
            cells.createCell(1).setCellValue(text(locale, "role." + line.member().role().name()));
            cells.createCell(2).setCellValue(line.reply() == null ? text(locale, "report.reply.none")
                    : text(locale, "report.reply." + line.reply().name()));
            cells.createCell(3).setCellValue(line.reason() == null ? "" : line.reason());
            if (line.repliedAt() != null) {
                book.date(cells, 4, LocalDateTime.ofInstant(line.repliedAt(), clock.getZone()));
            }
            cells.createCell(5).setCellValue(line.present() == null ? ""
                    : text(locale, line.present() ? "report.presence.present" : "report.presence.absent"));
            String note = "";
            if (calendar.exempt(line.member().id(), startsAt.toLocalDate())) {
                note = text(locale, "report.note.exempt");
            } else if (Boolean.FALSE.equals(line.present())) {
                note = text(locale, line.reply() == Reply.ABSENT_WITH_REASON
                        ? "report.note.excused" : "report.note.unexcused");
            }
            cells.createCell(6).setCellValue(note);
            cells.createCell(7).setCellValue(line.via() == null ? "" : text(locale, "via." + line.via().name()));
        }
    }

    /** Who can be reached, and how: the figure, then each member with the routes open to them. */
    private void reachSheet(ReportBook book, OrgUnit unit, Locale locale) {
        Sheet sheet = book.sheet(text(locale, "report.sheet.reach"));
        Reach.Figure figure = reach.of(unit);
        book.header(sheet, 1, "report.col.name", "report.col.cell", "report.col.phone", "report.col.routes");
        book.note(sheet, 0, 4, text(locale, "stats.reach", figure.members(), figure.linked(), figure.byPhone(),
                figure.unreachable()));
        int row = 2;
        for (Reach.MemberReach member : figure.list()) {
            Row cells = sheet.createRow(row++);
            cells.createCell(0).setCellValue(member.member().fullName());
            cells.createCell(1).setCellValue(member.member().unit().name());
            cells.createCell(2).setCellValue(member.member().phone() == null ? "" : member.member().phone());
            cells.createCell(3).setCellValue(member.routes().isEmpty() ? text(locale, "calls.noRoute")
                    : member.routes().stream().map(route -> text(locale, "route." + route.name())).collect(Collectors.joining(", ")));
        }
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
