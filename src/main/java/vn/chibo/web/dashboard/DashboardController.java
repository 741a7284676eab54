package vn.chibo.web.dashboard;

import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chibo.conversation.OutboundFile;
import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.AttendanceRefusedException;
import vn.chibo.handbook.Handbook;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingChange;
import vn.chibo.meeting.MeetingDocuments;
import vn.chibo.meeting.MeetingRejectedException;
import vn.chibo.meeting.Meetings;
import vn.chibo.meeting.ScheduleRejectedException;
import vn.chibo.meeting.ScheduleRule;
import vn.chibo.meeting.Schedules;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.quiz.CellQuiz;
import vn.chibo.quiz.Quizzes;
import vn.chibo.reminder.Nudges;
import vn.chibo.statistics.Charts;
import vn.chibo.statistics.CommitteeFigures;
import vn.chibo.statistics.MeetingFigures;
import vn.chibo.statistics.Statistics;
import vn.chibo.statistics.Workbooks;
import vn.chibo.text.VietnameseDates;
import vn.chibo.web.StatisticsCsv;

/**
 * The dashboard for secretaries and admins: the cells in scope worst first, a cell (figures, chart, exports,
 * schedule and meetings), a meeting (replies, presence, nudge, check-in, documents, move, cancel), a member.
 * Every page checks the viewer's scope; what lies outside it, or does not exist, gets the same refusal.
 */
@Controller
class DashboardController {

    private static final MediaType XLSX =
            MediaType.parseMediaType(OutboundFile.XLSX);

    private final Organization organization;
    private final Meetings meetings;
    private final Schedules schedules;
    private final MeetingDocuments documents;
    private final Attendance attendance;
    private final Nudges nudges;
    private final Statistics statistics;
    private final Charts charts;
    private final Workbooks workbooks;
    private final Quizzes quizzes;
    private final Handbook handbook;
    private final MessageSource messages;
    private final Clock clock;

    DashboardController(Organization organization, Meetings meetings, Schedules schedules, MeetingDocuments documents,
                        Attendance attendance, Nudges nudges, Statistics statistics, Charts charts, Workbooks workbooks,
                        Quizzes quizzes, Handbook handbook, MessageSource messages, Clock clock) {
        this.organization = organization;
        this.meetings = meetings;
        this.schedules = schedules;
        this.documents = documents;
        this.attendance = attendance;
        this.nudges = nudges;
        this.statistics = statistics;
        this.charts = charts;
        this.workbooks = workbooks;
        this.quizzes = quizzes;
        this.handbook = handbook;
        this.messages = messages;
        this.clock = clock;
    }

    /** A cell on the overview: this month's meeting and its replies, last month's rate against the target. */
    public record CellRow(long id, String name, Long meetingId, String meetingWhen, MeetingFigures meeting, Double lastMonthRate,
                   boolean belowTarget) {
    }

    @GetMapping("/dashboard")
    String overview(@RequestAttribute Viewer viewer, Model model, Locale locale) {
        YearMonth now = YearMonth.now(clock);
        YearMonth lastMonth = now.minusMonths(1);
        List<OrgUnit> cells = cellsInScope(viewer);
        Map<Long, Double> lastMonthRates = new HashMap<>();
        for (OrgUnit cell : cells) {
            lastMonthRates.put(cell.id(), null);
        }
        Optional<OrgUnit> scope = viewer.scopePath() == null ? Optional.empty() : organization.unit(viewer.scopeUnitId());
        List<OrgUnit> roots = scope.map(List::of).orElseGet(organization::roots);
        for (OrgUnit root : roots) {
            statistics.committee(root, new Statistics.Period(lastMonth, lastMonth)).cells()
                    .forEach(rank -> lastMonthRates.put(rank.cellId(), rank.total().attendanceRate()));
        }
        Map<Long, Meeting> thisMonth = new HashMap<>();
        for (Meeting meeting : meetings.scheduled(lastMonthRates.keySet(), start(now), start(now.plusMonths(1)))) {
            thisMonth.putIfAbsent(meeting.cellId(), meeting);
        }
        Map<Long, MeetingFigures> figures = statistics.meetings(List.copyOf(thisMonth.values()));
        var rows = new ArrayList<CellRow>();
        for (OrgUnit cell : cells) {
            Meeting meeting = thisMonth.get(cell.id());
            Double rate = lastMonthRates.get(cell.id());
            rows.add(new CellRow(cell.id(), cell.name(), meeting == null ? null : meeting.id(),
                    meeting == null ? null : when(meeting.startsAt(), locale),
                    meeting == null ? null : figures.get(meeting.id()), rate,
                    rate != null && rate < statistics.targetPercent()));
        }
        rows.sort(Comparator.comparing(CellRow::lastMonthRate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CellRow::name));
        model.addAttribute("rows", rows);
        model.addAttribute("month", now.getMonthValue() + "/" + now.getYear());
        model.addAttribute("lastMonth", lastMonth.getMonthValue() + "/" + lastMonth.getYear());
        model.addAttribute("target", statistics.targetPercent());
        model.addAttribute("scopeUnit", scope.filter(unit -> !unit.isCell()).orElse(null));
        return "dashboard/overview";
    }

    @GetMapping("/dashboard/cells/{id}")
    String cell(@RequestAttribute Viewer viewer, @PathVariable long id, Model model, Locale locale) {
        OrgUnit cell = cellInScope(viewer, id);
        YearMonth now = YearMonth.now(clock);
        var period = new Statistics.Period(now.minusMonths(11), now);
        model.addAttribute("cell", cell);
        model.addAttribute("figures", statistics.cell(cell, period));
        model.addAttribute("members", statistics.members(cell, period));
        model.addAttribute("rule", schedules.effectiveRule(cell).map(rule -> ruleText(rule, locale)).orElse(null));
        model.addAttribute("weekdays", DayOfWeek.values());
        Instant today = clock.instant();
        var calendar = new ArrayList<MeetingLine>();
        for (Meeting meeting : meetings.between(cell, start(now.minusMonths(2)), start(now.plusMonths(4)))) {
            calendar.add(new MeetingLine(meeting.id(), when(meeting.startsAt(), locale), meeting.kind().name(),
                    meeting.title(), meeting.place(), meeting.cancelled(), meeting.startsAt().toInstant().isBefore(today),
                    meeting.startsAt().toLocalDateTime().withSecond(0).withNano(0).toString()));
        }
        model.addAttribute("calendar", calendar);
        model.addAttribute("topics", handbook.topics());
        model.addAttribute("cellQuizzes", asMember(viewer).map(quizzes::cellQuizzesManagedBy).orElse(List.of()).stream()
                .filter(quiz -> quiz.unitId() == cell.id())
                .map(quiz -> {
                    int taken = quizzes.results(quiz).size();
                    return new CellQuizLine(quiz.id(), when(quiz.deadline().atZone(clock.getZone()), locale), taken,
                            taken + quizzes.notTaken(quiz).size());
                })
                .toList());
        return "dashboard/cell";
    }

    public record CellQuizLine(long id, String deadline, int taken, int members) {
    }

    /** A meeting on a cell's calendar. */
    public record MeetingLine(long id, String when, String kind, String title, String place, boolean cancelled, boolean past,
                       String startsAtLocal) {
    }

    @GetMapping("/dashboard/cells/{id}/chart.png")
    ResponseEntity<byte[]> cellChart(@RequestAttribute Viewer viewer, @PathVariable long id, Locale locale) {
        OrgUnit cell = cellInScope(viewer, id);
        YearMonth now = YearMonth.now(clock);
        var figures = statistics.cell(cell, new Statistics.Period(now.minusMonths(11), now));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .body(charts.trend(cell.name(), figures.months(), figures.targetPercent(), locale));
    }

    @GetMapping("/dashboard/units/{id}/ranking.png")
    ResponseEntity<byte[]> ranking(@RequestAttribute Viewer viewer, @PathVariable long id, Locale locale) {
        OrgUnit unit = unitInScope(viewer, id);
        YearMonth now = YearMonth.now(clock);
        CommitteeFigures figures = statistics.committee(unit, new Statistics.Period(now.minusMonths(11), now));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .body(charts.ranking(unit.name(), figures.cells(), figures.targetPercent(), locale));
    }

    @GetMapping("/dashboard/units/{id}/report.xlsx")
    ResponseEntity<byte[]> report(@RequestAttribute Viewer viewer, @PathVariable long id, Locale locale) {
        OrgUnit unit = unitInScope(viewer, id);
        Statistics.Period period = statistics.lastTwelveMonths();
        byte[] workbook = unit.isCell() ? workbooks.cell(unit, period, locale) : workbooks.committee(unit, period, locale);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bao-cao-" + unit.id() + ".xlsx").build().toString())
                .body(workbook);
    }

    @GetMapping("/dashboard/units/{id}/stats.csv")
    ResponseEntity<String> csv(@RequestAttribute Viewer viewer, @PathVariable long id) {
        OrgUnit unit = unitInScope(viewer, id);
        Statistics.Period period = statistics.lastTwelveMonths();
        String csv = unit.isCell() ? StatisticsCsv.cell(statistics.cell(unit, period))
                : StatisticsCsv.committee(statistics.committee(unit, period));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, StatisticsCsv.CONTENT_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("thong-ke-" + unit.id() + ".csv").build().toString())
                .body(csv);
    }

    @GetMapping("/dashboard/meetings/{id}")
    String meeting(@RequestAttribute Viewer viewer, @PathVariable long id, Model model, Locale locale) {
        Meeting meeting = meetingInScope(viewer, id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("cell", organization.unit(meeting.cellId()).orElseThrow());
        model.addAttribute("when", when(meeting.startsAt(), locale));
        model.addAttribute("figures", statistics.meeting(id).orElseThrow());
        model.addAttribute("lines", attendance.attendance(meeting));
        model.addAttribute("documents", documents.list(meeting));
        model.addAttribute("checkIn", attendance.openCheckInCode(meeting).orElse(null));
        model.addAttribute("canNudge", viewer.memberId() != null && !meeting.startsAt().toInstant().isBefore(clock.instant()));
        return "dashboard/meeting";
    }

    @PostMapping("/dashboard/meetings/{id}/nudge")
    String nudge(@RequestAttribute Viewer viewer, @PathVariable long id, RedirectAttributes flash, Locale locale) {
        Meeting meeting = meetingInScope(viewer, id);
        Member me = asMember(viewer).orElseThrow(NotInScopeException::new);
        Nudges.Outcome outcome = nudges.nudge(meeting, me);
        flash.addFlashAttribute("notice", switch (outcome.result()) {
            case SENT -> text(locale, "dashboard.nudged", outcome.nudged().size());
            case ALREADY_SENT -> text(locale, "nudge.already");
            case EVERYONE_REPLIED -> text(locale, "nudge.everyoneReplied");
        });
        return "redirect:/dashboard/meetings/" + id;
    }

    @PostMapping("/dashboard/meetings/{id}/check-in/open")
    String openCheckIn(@RequestAttribute Viewer viewer, @PathVariable long id) {
        attendance.openCheckIn(meetingInScope(viewer, id));
        return "redirect:/dashboard/meetings/" + id;
    }

    @PostMapping("/dashboard/meetings/{id}/check-in/close")
    String closeCheckIn(@RequestAttribute Viewer viewer, @PathVariable long id, RedirectAttributes flash, Locale locale) {
        attendance.closeCheckIn(meetingInScope(viewer, id));
        flash.addFlashAttribute("notice", text(locale, "dashboard.checkInClosed"));
        return "redirect:/dashboard/meetings/" + id;
    }

    @PostMapping("/dashboard/meetings/{id}/attendance/{memberId}")
    String mark(@RequestAttribute Viewer viewer, @PathVariable long id, @PathVariable long memberId,
                @RequestParam boolean present) {
        Meeting meeting = meetingInScope(viewer, id);
        organization.member(memberId).filter(member -> member.unit().id() == meeting.cellId())
                .orElseThrow(NotInScopeException::new);
        attendance.mark(meeting, memberId, present);
        return "redirect:/dashboard/meetings/" + id;
    }

    @PostMapping("/dashboard/meetings/{id}/documents")
    String attach(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam("file") MultipartFile file,
                  RedirectAttributes flash, Locale locale) throws IOException {
        Meeting meeting = meetingInScope(viewer, id);
        if (file.isEmpty()) {
            flash.addFlashAttribute("problem", text(locale, "dashboard.fileMissing"));
        } else {
            documents.attach(meeting, file.getOriginalFilename(), file.getContentType(), file.getBytes());
            flash.addFlashAttribute("notice", text(locale, "dashboard.documentAttached", file.getOriginalFilename()));
        }
        return "redirect:/dashboard/meetings/" + id;
    }

    @PostMapping("/dashboard/meetings/{id}/move")
    String move(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam String startsAt,
                @RequestParam(required = false) String place, RedirectAttributes flash, Locale locale) {
        Meeting meeting = meetingInScope(viewer, id);
        ZonedDateTime at = LocalDateTime.parse(startsAt).atZone(meeting.startsAt().getZone());
        meetings.change(id, new MeetingChange(at, place == null || place.isBlank() ? null : place, null, null));
        flash.addFlashAttribute("notice", text(locale, "dashboard.moved", when(at, locale)));
        return "redirect:/dashboard/meetings/" + id;
    }

    @PostMapping("/dashboard/meetings/{id}/cancel")
    String cancel(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam String reason,
                  RedirectAttributes flash, Locale locale) {
        meetingInScope(viewer, id);
        meetings.cancel(id, reason);
        flash.addFlashAttribute("notice", text(locale, "dashboard.cancelled"));
        return "redirect:/dashboard/meetings/" + id;
    }

    @PostMapping("/dashboard/cells/{id}/meetings")
    String addThematic(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam String startsAt,
                       @RequestParam String place, @RequestParam String title,
                       @RequestParam(required = false) String topic, RedirectAttributes flash, Locale locale) {
        OrgUnit cell = cellInScope(viewer, id);
        Meeting added = meetings.add(cell, Meeting.Kind.THEMATIC, LocalDateTime.parse(startsAt).atZone(clock.getZone()),
                place, title, topic);
        flash.addFlashAttribute("notice", text(locale, "dashboard.added", when(added.startsAt(), locale)));
        return "redirect:/dashboard/meetings/" + added.id();
    }

    /** A cell's own regular rule; meetings to come follow it unless moved by hand. */
    @PostMapping("/dashboard/cells/{id}/schedule")
    String schedule(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam ScheduleRule.Kind kind,
                    @RequestParam(required = false) Integer day, @RequestParam(required = false) Integer week,
                    @RequestParam(required = false) DayOfWeek weekday, @RequestParam String time,
                    @RequestParam String place, RedirectAttributes flash, Locale locale) {
        OrgUnit cell = cellInScope(viewer, id);
        schedules.setRule(cell, new ScheduleRule(kind, day, week, weekday, LocalTime.parse(time), place), null);
        flash.addFlashAttribute("notice", text(locale, "dashboard.ruleSet"));
        return "redirect:/dashboard/cells/" + id;
    }

    /** Sets a quiz for a cell or a committee in scope; from the cell page or the quiz banks page. */
    @PostMapping("/dashboard/cell-quizzes")
    String setCellQuiz(@RequestAttribute Viewer viewer, @RequestParam long unitId, @RequestParam int days,
                       @RequestParam(defaultValue = "") String topic, RedirectAttributes flash, Locale locale) {
        OrgUnit unit = unitInScope(viewer, unitId);
        Member me = asMember(viewer).orElseThrow(NotInScopeException::new);
        Instant deadline = LocalDate.now(clock).plusDays(Math.max(1, Math.min(days, 60)))
                .atTime(23, 59).atZone(clock.getZone()).toInstant();
        Optional<CellQuiz> quiz = quizzes.createCellQuiz(me, unit, deadline, topic.isBlank() ? null : topic);
        flash.addFlashAttribute(quiz.isPresent() ? "notice" : "problem", quiz.isPresent()
                ? text(locale, "dashboard.cellQuizSet", quiz.get().questionIds().size(), when(deadline.atZone(clock.getZone()), locale))
                : text(locale, "quiz.noQuestions"));
        return unit.isCell() ? "redirect:/dashboard/cells/" + unit.id() : "redirect:/dashboard/quiz-banks";
    }

    @GetMapping("/dashboard/members/{id}")
    String member(@RequestAttribute Viewer viewer, @PathVariable long id, Model model, Locale locale) {
        Member member = organization.member(id).filter(m -> m.unit().isCell() && viewer.mayManage(m.unit()))
                .orElseThrow(NotInScopeException::new);
        Statistics.Period period = statistics.lastTwelveMonths();
        model.addAttribute("member", member);
        model.addAttribute("figures", statistics.member(member, period));
        model.addAttribute("history", statistics.history(member, period).stream()
                .map(line -> new HistoryLine(when(line.startsAt().atZoneSameInstant(clock.getZone()), locale), line.title(),
                        line.reply() == null ? null : text(locale, "report.reply." + line.reply().name()), line.present()))
                .toList());
        model.addAttribute("quizzes", quizzes.finishedAttempts(List.of(member.id()), start(period.from()),
                        start(period.to().plusMonths(1))).stream()
                .map(attempt -> new QuizLine(when(attempt.startedAt().atZone(clock.getZone()), locale),
                        attempt.cellQuizId() != null, attempt.correctCount(), attempt.questionCount()))
                .toList());
        return "dashboard/member";
    }

    public record HistoryLine(String when, String title, String reply, Boolean present) {
    }

    public record QuizLine(String when, boolean cellQuiz, int correct, int questions) {
    }

    @ExceptionHandler(NotInScopeException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String refused() {
        return "dashboard/refused";
    }

    @ExceptionHandler({MeetingRejectedException.class, ScheduleRejectedException.class, AttendanceRefusedException.class,
            IllegalArgumentException.class, DateTimeParseException.class})
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    String rejected(RuntimeException rejected, Model model, Locale locale) {
        model.addAttribute("problem", rejected instanceof MeetingRejectedException meeting
                ? String.join(" ", meeting.problems().stream().map(key -> text(locale, key)).toList())
                : rejected instanceof ScheduleRejectedException schedule
                ? String.join(" ", schedule.problems().stream().map(key -> text(locale, key)).toList())
                : rejected instanceof AttendanceRefusedException refusal ? text(locale, refusal.refusal().messageKey)
                : text(locale, "dashboard.badInput"));
        return "dashboard/problem";
    }

    private List<OrgUnit> cellsInScope(Viewer viewer) {
        if (viewer.scopePath() == null) {
            return organization.cells();
        }
        OrgUnit scope = organization.unit(viewer.scopeUnitId()).orElseThrow();
        return scope.isCell() ? List.of(scope) : organization.cellsUnder(scope);
    }

    private OrgUnit unitInScope(Viewer viewer, long id) {
        return organization.unit(id).filter(viewer::mayManage).orElseThrow(NotInScopeException::new);
    }

    private OrgUnit cellInScope(Viewer viewer, long id) {
        OrgUnit unit = unitInScope(viewer, id);
        if (!unit.isCell()) {
            throw new NotInScopeException();
        }
        return unit;
    }

    private Meeting meetingInScope(Viewer viewer, long id) {
        Meeting meeting = meetings.meeting(id).orElseThrow(NotInScopeException::new);
        cellInScope(viewer, meeting.cellId());
        return meeting;
    }

    private Optional<Member> asMember(Viewer viewer) {
        return viewer.memberId() == null ? Optional.empty() : organization.member(viewer.memberId());
    }

    private String ruleText(Schedules.EffectiveRule effective, Locale locale) {
        var rule = effective.rule();
        String day = switch (rule.kind()) {
            case DAY_OF_MONTH -> text(locale, "dashboard.rule.day", rule.day());
            case LAST_DAY -> text(locale, "dashboard.rule.lastDay");
            case NTH_WEEKDAY -> text(locale, rule.week() == -1 ? "dashboard.rule.lastWeekday" : "dashboard.rule.weekday",
                    text(locale, "weekday." + rule.weekday().name()), rule.week());
        };
        return text(locale, "dashboard.rule", day, rule.time().toString(), rule.place(), effective.definedAt().name());
    }

    private String when(ZonedDateTime at, Locale locale) {
        return VietnameseDates.dateTime(at.withZoneSameInstant(clock.getZone()), messages, locale);
    }

    private Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
