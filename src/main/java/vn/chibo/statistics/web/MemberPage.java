package vn.chibo.statistics.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;

import vn.chibo.organization.Exemptions;
import vn.chibo.organization.Member;
import vn.chibo.quiz.Quizzes;
import vn.chibo.signin.DashboardScope;
import vn.chibo.statistics.Statistics;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.Viewer;

/** A member's record over 12 months: figures, every meeting with reply and presence, quizzes taken. */
@DashboardPage
class MemberPage {

    private final Statistics statistics;
    private final Quizzes quizzes;
    private final DashboardScope scope;
    private final Exemptions exemptions;
    private final Clock clock;

    MemberPage(Statistics statistics, Quizzes quizzes, DashboardScope scope, Exemptions exemptions, Clock clock) {
        this.exemptions = exemptions;
        this.statistics = statistics;
        this.quizzes = quizzes;
        this.scope = scope;
        this.clock = clock;
    }

    /** A meeting of the member's cell; {@code exempt} when the member was exempt from it and so not expected. */
    public record HistoryLine(String when, String title, String reply, Boolean present, boolean exempt) {
    }

    public record QuizLine(String when, boolean cellQuiz, int correct, int questions) {
    }

    @GetMapping("/dashboard/members/{id}")
    String member(@RequestAttribute Viewer viewer, @PathVariable long id, Model model, Locale locale) {
        Member member = scope.member(viewer, id);
        Statistics.Period period = statistics.lastTwelveMonths();
        model.addAttribute("member", member);
        var now = exemptions.current(member.id());
        // the current span is told in its own sentence; the list holds the others, past or to come
        model.addAttribute("exemptions", exemptions.of(member.id()).stream().filter(span -> !now.equals(Optional.of(span))).toList());
        model.addAttribute("exemptNow", now.orElse(null));
        Exemptions.Calendar calendar = exemptions.calendar();
        model.addAttribute("figures", statistics.member(member, period));
        model.addAttribute("history", statistics.history(member, period).stream()
                .map(line -> new HistoryLine(scope.when(line.startsAt().atZoneSameInstant(clock.getZone()), locale),
                        line.title(), line.reply() == null ? null : scope.text(locale, "report.reply." + line.reply().name()),
                        line.present(), calendar.exempt(member.id(), line.startsAt().atZoneSameInstant(clock.getZone()).toLocalDate())))
                .toList());
        model.addAttribute("quizzes", quizzes.finishedAttempts(List.of(member.id()), scope.monthStart(period.from()),
                        scope.monthStart(period.to().plusMonths(1))).stream()
                .map(attempt -> new QuizLine(scope.when(attempt.startedAt().atZone(clock.getZone()), locale),
                        attempt.cellQuizId() != null, attempt.correctCount(), attempt.questionCount()))
                .toList());
        return "dashboard/member";
    }
}
