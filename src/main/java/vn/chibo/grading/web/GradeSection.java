package vn.chibo.grading.web;

import java.time.Clock;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.chibo.grading.Assessments;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingPageSection;
import vn.chibo.web.dashboard.Viewer;

/** The meeting page's grade: each item of the quality frame with its points and source, the total, the checklist. */
@Component
@Order(55)
class GradeSection implements MeetingPageSection {

    private final Assessments assessments;
    private final Clock clock;

    GradeSection(Assessments assessments, Clock clock) {
        this.assessments = assessments;
        this.clock = clock;
    }

    @Override
    public String template() {
        return "dashboard/meeting/grade";
    }

    @Override
    public void addTo(Meeting meeting, Viewer viewer, int page, Locale locale, Model model) {
        var assessment = assessments.assess(meeting, locale);
        model.addAttribute("assessment", assessment);
        model.addAttribute("frameName", assessments.frameName(assessment, locale));
        model.addAttribute("began", !meeting.startsAt().toInstant().isAfter(clock.instant()));
        model.addAttribute("graded", assessments.graded(meeting));
    }
}
