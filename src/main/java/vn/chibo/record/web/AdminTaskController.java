package vn.chibo.record.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.record.FollowUpTask;
import vn.chibo.record.FollowUpTasks;
import vn.chibo.web.ApiProblems;

/** Follow-up tasks of a meeting's resolution through the admin API: give one, list them, mark one done. */
@RestController
@RequestMapping("/api/admin")
class AdminTaskController {

    private final FollowUpTasks tasks;
    private final Meetings meetings;
    private final MessageSource messages;

    AdminTaskController(FollowUpTasks tasks, Meetings meetings, MessageSource messages) {
        this.tasks = tasks;
        this.meetings = meetings;
        this.messages = messages;
    }

    record TaskBody(String title, Long memberId, String dueOn) {
    }

    record StatusBody(String status) {
    }

    @PostMapping("/meetings/{id}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    FollowUpTask add(@PathVariable long id, @RequestBody TaskBody body, Locale locale) {
        LocalDate due;
        try {
            due = body.dueOn() == null ? null : LocalDate.parse(body.dueOn().strip());
        } catch (DateTimeParseException e) {
            due = null;
        }
        return ApiProblems.orUnprocessable(tasks.add(meeting(id), body.title(), body.memberId() == null ? -1 : body.memberId(), due),
                messages, null, locale);
    }

    @GetMapping("/meetings/{id}/tasks")
    List<FollowUpTask> list(@PathVariable long id) {
        return tasks.of(meeting(id));
    }

    @PatchMapping("/tasks/{id}")
    FollowUpTask setStatus(@PathVariable long id, @RequestBody StatusBody body, Locale locale) {
        FollowUpTask.Status status;
        try {
            status = FollowUpTask.Status.valueOf(body.status() == null ? "" : body.status().strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblems.badRequest(messages.getMessage("task.problem.status", null, locale));
        }
        if (tasks.task(id).isEmpty()) {
            throw ApiProblems.notFound("task.problem.noTask");
        }
        return ApiProblems.orUnprocessable(tasks.setStatus(id, status), messages, null, locale);
    }

    private Meeting meeting(long id) {
        return meetings.meeting(id).orElseThrow(() -> ApiProblems.notFound("problem.noMeeting", id));
    }
}
