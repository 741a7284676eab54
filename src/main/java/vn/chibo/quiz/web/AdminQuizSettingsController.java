package vn.chibo.quiz.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.quiz.QuizTimes;
import vn.chibo.web.ApiProblems;

/** A committee's quiz settings through the admin API: the time each question may take, inherited down the tree. */
@RestController
@RequestMapping("/api/admin/org-units/{id}/quiz-settings")
class AdminQuizSettingsController {

    private final QuizTimes times;
    private final Organization organization;
    private final MessageSource messages;

    AdminQuizSettingsController(QuizTimes times, Organization organization, MessageSource messages) {
        this.times = times;
        this.organization = organization;
        this.messages = messages;
    }

    record SettingsBody(Integer secondsPerQuestion) {
    }

    @GetMapping
    QuizTimes.Setting settings(@PathVariable long id) {
        return times.effective(unit(id));
    }

    @PutMapping
    QuizTimes.Setting set(@PathVariable long id, @RequestBody SettingsBody body, Locale locale) {
        return ApiProblems.orUnprocessable(times.set(unit(id), body.secondsPerQuestion()), messages, null, locale);
    }

    /** Drops the unit's own setting: it takes the one above again. */
    @DeleteMapping
    QuizTimes.Setting inherit(@PathVariable long id) {
        return times.inherit(unit(id));
    }

    private OrgUnit unit(long id) {
        return organization.unit(id).orElseThrow(() -> ApiProblems.notFound("problem.noUnit", id));
    }
}
