package vn.chibo.grading.web;

import java.util.Locale;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chibo.grading.Assessments;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.signin.DashboardScope;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.RefusedInput;
import vn.chibo.web.dashboard.Viewer;

/** The meeting page's grade checklist: the secretary's answers; a field left empty is the bot's reading of the record. */
@DashboardPage
class GradeForm {

    private final Meetings meetings;
    private final Assessments assessments;
    private final DashboardScope scope;

    GradeForm(Meetings meetings, Assessments assessments, DashboardScope scope) {
        this.meetings = meetings;
        this.assessments = assessments;
        this.scope = scope;
    }

    @PostMapping("/dashboard/meetings/{id}/assessment")
    String assessment(@RequestAttribute Viewer viewer, @PathVariable long id,
                      @RequestParam(required = false) String documentsAhead,
                      @RequestParam(required = false) Integer durationMinutes,
                      @RequestParam(required = false) String minutesComplete, Locale locale) {
        if (durationMinutes != null && (durationMinutes < 0 || durationMinutes > 24 * 60)) {
            throw new RefusedInput(scope.text(locale, "dashboard.record.badDuration"));
        }
        Meeting meeting = scope.inCell(viewer, meetings.meeting(id), Meeting::cellId);
        assessments.answer(meeting, yesNo(documentsAhead), durationMinutes, yesNo(minutesComplete));
        return "redirect:/dashboard/meetings/" + id + "#grading";
    }

    private static Boolean yesNo(String answer) {
        return answer == null || answer.isBlank() ? null : Boolean.valueOf(answer);
    }
}
