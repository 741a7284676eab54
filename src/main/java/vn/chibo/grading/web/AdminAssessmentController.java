package vn.chibo.grading.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.grading.Assessment;
import vn.chibo.grading.Assessments;
import vn.chibo.grading.QualityFrame;
import vn.chibo.grading.QualityFrames;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.web.ApiProblems;

/** A committee's grading frame, and a meeting's grade with the secretary's answers, through the admin API. */
@RestController
@RequestMapping("/api/admin")
class AdminAssessmentController {

    private final QualityFrames frames;
    private final Assessments assessments;
    private final Organization organization;
    private final Meetings meetings;
    private final MessageSource messages;

    AdminAssessmentController(QualityFrames frames, Assessments assessments, Organization organization, Meetings meetings,
                              MessageSource messages) {
        this.frames = frames;
        this.assessments = assessments;
        this.organization = organization;
        this.meetings = meetings;
        this.messages = messages;
    }

    record AnswersBody(Boolean documentsAhead, Integer durationMinutes, Boolean minutesComplete) {
    }

    @GetMapping("/org-units/{id}/quality-frame")
    QualityFrame frame(@PathVariable long id) {
        return frames.effective(unit(id));
    }

    @PutMapping("/org-units/{id}/quality-frame")
    QualityFrame setFrame(@PathVariable long id, @RequestBody QualityFrame frame, Locale locale) {
        return ApiProblems.orUnprocessable(frames.set(unit(id), frame), messages, null, locale);
    }

    @DeleteMapping("/org-units/{id}/quality-frame")
    QualityFrame inheritFrame(@PathVariable long id) {
        return frames.inherit(unit(id));
    }

    @GetMapping("/meetings/{id}/assessment")
    Assessment assessment(@PathVariable long id, Locale locale) {
        return assessments.assess(meeting(id), locale);
    }

    /** The secretary's checklist answers where the record cannot say; each left out keeps its value. */
    @PutMapping("/meetings/{id}/assessment")
    Assessment answer(@PathVariable long id, @RequestBody AnswersBody body, Locale locale) {
        Meeting meeting = meeting(id);
        assessments.answer(meeting, body.documentsAhead(), body.durationMinutes(), body.minutesComplete());
        return assessments.assess(meeting, locale);
    }

    private OrgUnit unit(long id) {
        return organization.unit(id).orElseThrow(() -> ApiProblems.notFound("problem.noUnit", id));
    }

    private Meeting meeting(long id) {
        return meetings.meeting(id).orElseThrow(() -> ApiProblems.notFound("problem.noMeeting", id));
    }
}
