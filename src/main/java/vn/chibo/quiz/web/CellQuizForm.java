package vn.chibo.quiz.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chibo.organization.OrgUnit;
import vn.chibo.quiz.CellQuiz;
import vn.chibo.quiz.CellQuizzes;
import vn.chibo.signin.DashboardScope;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.Viewer;

/** Sets a quiz for a cell or a committee in scope; from the cell page or the quiz banks page. */
@DashboardPage
class CellQuizForm {

    private final CellQuizzes cellQuizzes;
    private final DashboardScope scope;
    private final Clock clock;

    CellQuizForm(CellQuizzes cellQuizzes, DashboardScope scope, Clock clock) {
        this.cellQuizzes = cellQuizzes;
        this.scope = scope;
        this.clock = clock;
    }

    @PostMapping("/dashboard/cell-quizzes")
    String setCellQuiz(@RequestAttribute Viewer viewer, @RequestParam long unitId, @RequestParam int days,
                       @RequestParam(defaultValue = "") String topic, RedirectAttributes flash, Locale locale) {
        OrgUnit unit = scope.unit(viewer, unitId);
        Instant deadline = LocalDate.now(clock).plusDays(Math.max(1, Math.min(days, 60)))
                .atTime(23, 59).atZone(clock.getZone()).toInstant();
        Optional<CellQuiz> quiz = cellQuizzes.create(scope.actingMember(viewer), unit, deadline,
                topic.isBlank() ? null : topic);
        flash.addFlashAttribute(quiz.isPresent() ? "notice" : "problem", quiz.isPresent()
                ? scope.text(locale, "dashboard.cellQuizSet", quiz.get().questionIds().size(),
                        scope.deadline(deadline.atZone(clock.getZone()), locale))
                : scope.text(locale, "quiz.noQuestions"));
        return unit.isCell() ? "redirect:/dashboard/cells/" + unit.id() : "redirect:/dashboard/quiz-banks";
    }
}
