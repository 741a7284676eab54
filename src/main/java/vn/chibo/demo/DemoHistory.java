package vn.chibo.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.Reply;
import vn.chibo.attendance.Via;
import vn.chibo.common.BackdatingClock;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.conversation.QuizPoll;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.ChatChannel;
import vn.chibo.organization.Exemptions;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.organization.Role;
import vn.chibo.quiz.CellQuiz;
import vn.chibo.quiz.CellQuizzes;
import vn.chibo.quiz.Quizzes;
import vn.chibo.text.Languages;

/**
 * A year of the demo committee's life, lived through the ordinary services on a backdated clock: each month's
 * meeting with replies, reasons and check-in, two thematic meetings, a member absent without reason twice this
 * year (the warning), a quarterly cell quiz and a few practice quizzes this month, and the record of the last
 * months' meetings (agenda, documents, speakers, minutes), so they are graded. Made once, on the first
 * start with an empty past, so every figure, chart and export of the demo has something to show.
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final int MONTHS = 12;
    private static final Quizzes.Chat HISTORY_CHAT = new Quizzes.Chat(ChatChannel.WEB, "demo-history", Languages.VIETNAMESE);

    private final BackdatingClock clock;
    private final Organization organization;
    private final Meetings meetings;
    private final Attendance attendance;
    private final CellQuizzes cellQuizzes;
    private final Quizzes quizzes;
    private final Exemptions exemptions;
    private final TransactionTemplate transaction;
    private final DemoRecords records;

    DemoHistory(BackdatingClock clock, Organization organization, Meetings meetings, Attendance attendance,
                CellQuizzes cellQuizzes, Quizzes quizzes, Exemptions exemptions, TransactionTemplate transaction,
                DemoRecords records) {
        this.records = records;
        this.exemptions = exemptions;
        this.transaction = transaction;
        this.clock = clock;
        this.organization = organization;
        this.meetings = meetings;
        this.attendance = attendance;
        this.cellQuizzes = cellQuizzes;
        this.quizzes = quizzes;
    }

    void makeOnce(OrgUnit committee) {
        Instant now = clock.instant();
        List<OrgUnit> cells = organization.cellsUnder(committee);
        YearMonth current = YearMonth.from(now.atZone(clock.getZone()));
        Instant yearAgo = current.minusMonths(MONTHS).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        if (cells.isEmpty() || !meetings.held(cells.stream().map(OrgUnit::id).toList(), yearAgo, now).isEmpty()) {
            return;
        }
        backdateExemptions(committee, current.minusMonths(MONTHS).atDay(1));
        Instant heldBy = now.minus(Duration.ofHours(3));
        for (int back = MONTHS; back >= 0; back--) {
            YearMonth month = current.minusMonths(back);
            for (OrgUnit cell : cells) {
                live(cell, month, back, heldBy);
            }
        }
        for (OrgUnit cell : cells) {
            answerTheComingMeeting(cell, now);
            practiseThisMonth(cell, now);
        }
        log.info("Demo mode: made {} months of history for {}", MONTHS, committee.name());
    }

    /** A member the roster exempts (from the day it was loaded) has been exempt all year, for health reasons. */
    private void backdateExemptions(OrgUnit committee, LocalDate since) {
        for (Member member : organization.membersUnder(committee)) {
            exemptions.current(member.id()).ifPresent(current -> exemptions.set(member.id(), since, current.to(),
                    current.reason() != null ? current.reason() : "Tuổi cao, sức khỏe yếu").orElseThrow());
        }
    }

    /**
     * One month of a cell: the regular meeting (this month's too once it is over), a thematic one twice a year,
     * a cell quiz each quarter.
     */
    private void live(OrgUnit cell, YearMonth month, int monthsBack, Instant heldBy) {
        Instant monthStart = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        clock.at(monthStart, () -> meetings.ensureUpcoming(cell));
        Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        List<Meeting> regular = meetings.between(cell, monthStart, monthEnd).stream()
                .filter(meeting -> meeting.kind() == Meeting.Kind.REGULAR && !meeting.cancelled())
                .filter(meeting -> meeting.startsAt().toInstant().isBefore(heldBy)).toList();
        regular.forEach(meeting -> hold(cell, meeting, monthsBack));
        if (monthsBack == 8 || monthsBack == 3) {
            hold(cell, thematic(cell, month, monthsBack), monthsBack + 100);
        }
        if (monthsBack % 3 == 2 && monthsBack < MONTHS) {
            cellQuiz(cell, monthStart.plus(Duration.ofDays(10)), monthsBack);
        }
    }

    private Meeting thematic(OrgUnit cell, YearMonth month, int monthsBack) {
        LocalDate day = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.SUNDAY));
        ZonedDateTime startsAt = ZonedDateTime.of(day, LocalTime.of(8, 0), clock.getZone());
        String title = monthsBack == 8
                ? "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
                : "Quán triệt Quy định 294-QĐ/TW về thi hành Điều lệ Đảng";
        return clock.at(startsAt.toInstant().minus(Duration.ofDays(12)),
                () -> meetings.add(cell, Meeting.Kind.THEMATIC, startsAt, "Nhà văn hóa khu phố", title, null).orElseThrow());
    }

    /** Replies in the days before, check-in by code at the door, a latecomer marked by hand, then close. */
    private void hold(OrgUnit cell, Meeting meeting, int seed) {
        Instant start = meeting.startsAt().toInstant();
        List<Member> members = organization.membersOf(cell);
        List<Plan> plans = members.stream().map(member -> DemoPlans.plan(member.fullName(), seed)).toList();
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            Plan plan = plans.get(i);
            Instant repliedAt = start.minus(Duration.ofHours(20 + 7L * i));
            if (plan.reply() != null) {
                clock.at(repliedAt, () -> attendance.reply(meeting, member, plan.reply(), plan.reason(), Via.WEB));
            }
        }
        boolean kept = seed % 100 <= DemoRecords.MONTHS_KEPT;
        if (kept) {
            records.before(meeting, members, seed % 100);
        }
        String code = clock.at(start.minus(Duration.ofMinutes(10)), () -> attendance.openCheckIn(meeting).orElseThrow());
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            Plan plan = plans.get(i);
            Instant arrived = start.plus(Duration.ofMinutes(i % 5));
            if (plan.present() && plan.byCode()) {
                clock.at(arrived, () -> attendance.checkIn(member, code));
            } else if (plan.present()) {
                clock.at(start.plus(Duration.ofMinutes(40)), () -> attendance.mark(meeting, member.id(), true));
            }
        }
        clock.at(start.plus(Duration.ofHours(2)), () -> attendance.closeCheckIn(meeting));
        if (kept) {
            records.after(meeting, seed % 100);
        }
    }

    /** The secretary sets a quiz for ten days; most take it, with the scores of people who studied, or not. */
    private void cellQuiz(OrgUnit cell, Instant setAt, int monthsBack) {
        List<Member> members = organization.membersOf(cell);
        Optional<Member> secretary = members.stream().filter(member -> member.role() == Role.SECRETARY).findFirst();
        if (secretary.isEmpty()) {
            return;
        }
        Optional<CellQuiz> quiz = clock.at(setAt,
                () -> cellQuizzes.create(secretary.get(), cell, setAt.plus(Duration.ofDays(10)), null));
        if (quiz.isEmpty()) {
            return;
        }
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            int right = DemoPlans.quizScore(member.fullName(), monthsBack);
            if (right < 0 || member.id() == secretary.get().id()) {
                continue;
            }
            Instant begins = setAt.plus(Duration.ofHours(26L + 11L * i));
            play(member, begins, right, () -> cellQuizzes.startAttempt(member, quiz.get().id(), HISTORY_CHAT));
        }
    }

    /** Last replies to the next meeting, so the dashboard shows who answered and who still has to. */
    private void answerTheComingMeeting(OrgUnit cell, Instant now) {
        meetings.ensureUpcoming(cell);
        meetings.upcoming(cell).stream().findFirst().ifPresent(meeting -> {
            List<Member> members = organization.membersOf(cell);
            for (int i = 0; i < members.size(); i++) {
                Member member = members.get(i);
                Plan plan = DemoPlans.coming(member.fullName());
                if (plan.reply() != null) {
                    clock.at(now.minus(Duration.ofHours(2L + i)),
                            () -> attendance.reply(meeting, member, plan.reply(), plan.reason(), Via.WEB));
                }
            }
        });
    }

    /** A few practice quizzes in the last days, for this month's leaderboard. */
    private void practiseThisMonth(OrgUnit cell, Instant now) {
        List<Member> members = organization.membersOf(cell);
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            int right = DemoPlans.practiceScore(member.fullName());
            if (right >= 0) {
                Instant begins = now.minus(Duration.ofHours(30L - i));
                play(member, begins, right, () -> quizzes.startPractice(member, HISTORY_CHAT, null));
            }
        }
    }

    /**
     * Answers each question some seconds after it is asked, the first {@code right} of them rightly. In one
     * transaction: the job that closes overdue questions runs on the real clock, to which every question asked in
     * the past is overdue, so it must not see the attempt before it is finished.
     */
    private void play(Member member, Instant begins, int right, Supplier<List<OutboundMessage>> start) {
        transaction.executeWithoutResult(status -> answerAll(member, begins, right, start));
    }

    private void answerAll(Member member, Instant begins, int right, Supplier<List<OutboundMessage>> start) {
        Instant at = begins;
        List<OutboundMessage> shown = clock.at(at, start);
        int asked = 0;
        for (QuizPoll question = poll(shown); question != null; question = poll(shown)) {
            asked++;
            at = at.plusSeconds(6 + (asked * 7L + member.id()) % 11);
            List<Integer> options = asked <= right ? question.correctOptions() : List.of(wrongOption(question));
            String numbers = String.join(" ", options.stream().map(index -> String.valueOf(index + 1)).toList());
            String[] prefix = question.answerPrefix().split(" ");
            long attemptId = Long.parseLong(prefix[prefix.length - 2]);
            int position = Integer.parseInt(prefix[prefix.length - 1]);
            shown = clock.at(at, () -> quizzes.answer(member, attemptId, position, numbers, Languages.VIETNAMESE));
        }
    }

    private static QuizPoll poll(List<OutboundMessage> messages) {
        return messages.stream().map(OutboundMessage::quiz).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static int wrongOption(QuizPoll question) {
        for (int i = 0; i < question.options().size(); i++) {
            if (!question.correctOptions().contains(i)) {
                return i;
            }
        }
        return 0;
    }

    record Plan(Reply reply, String reason, boolean present, boolean byCode) {
    }
}
