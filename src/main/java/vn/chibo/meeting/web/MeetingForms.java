package vn.chibo.meeting.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chibo.common.Outcome;
import vn.chibo.common.Uploads;
import vn.chibo.conversation.OutboundFile;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingDocuments;
import vn.chibo.meeting.MeetingEdit;
import vn.chibo.meeting.Meetings;
import vn.chibo.meeting.ScheduleRule;
import vn.chibo.meeting.Schedules;
import vn.chibo.organization.OrgUnit;
import vn.chibo.signin.DashboardScope;
import vn.chibo.text.VietnameseDates;
import vn.chibo.web.dashboard.DashboardPage;
import vn.chibo.web.dashboard.RefusedInput;
import vn.chibo.web.dashboard.Viewer;

/**
 * The dashboard's forms that change meetings: on a meeting's page, documents, move and cancel; on a cell's
 * page, a thematic meeting and the cell's own regular rule.
 */
@DashboardPage
class MeetingForms {

    private final Meetings meetings;
    private final Schedules schedules;
    private final MeetingDocuments documents;
    private final DashboardScope scope;
    private final Clock clock;

    MeetingForms(Meetings meetings, Schedules schedules, MeetingDocuments documents, DashboardScope scope, Clock clock) {
        this.meetings = meetings;
        this.schedules = schedules;
        this.documents = documents;
        this.scope = scope;
        this.clock = clock;
    }

    @PostMapping("/dashboard/meetings/{id}/documents")
    String attach(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam("file") MultipartFile file,
                  RedirectAttributes flash, Locale locale) throws IOException {
        Meeting meeting = scope.inCell(viewer, meetings.meeting(id), Meeting::cellId);
        if (file.isEmpty()) {
            flash.addFlashAttribute("problem", scope.text(locale, "dashboard.fileMissing"));
        } else {
            var attached = documents.attach(meeting, file.getOriginalFilename(), file.getContentType(), file.getBytes());
            if (attached instanceof Outcome.Refused<Long, String> refused) {
                flash.addFlashAttribute("problem", scope.text(locale, refused.first()));
            } else {
                flash.addFlashAttribute("notice", scope.text(locale, "dashboard.documentAttached", file.getOriginalFilename()));
            }
        }
        return "redirect:/dashboard/meetings/" + id;
    }

    /** Always as an attachment: a document someone uploaded is never shown as a page of the dashboard's site. */
    @GetMapping("/dashboard/meetings/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@RequestAttribute Viewer viewer, @PathVariable long id, @PathVariable long documentId) {
        Meeting meeting = scope.inCell(viewer, meetings.meeting(id), Meeting::cellId);
        OutboundFile file = documents.file(meeting, documentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .headers(headers -> Uploads.SAFE_SERVING.forEach(headers::set))
                .body(file.content());
    }

    @PostMapping("/dashboard/meetings/{id}/move")
    String move(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam String startsAt,
                @RequestParam(required = false) String place, RedirectAttributes flash, Locale locale) {
        Meeting meeting = scope.inCell(viewer, meetings.meeting(id), Meeting::cellId);
        ZonedDateTime at = dateTime(startsAt, locale).atZone(meeting.startsAt().getZone());
        orRefuse(meetings.change(id, new MeetingEdit(at, place == null || place.isBlank() ? null : place, null, null)),
                locale);
        flash.addFlashAttribute("notice", scope.text(locale, "dashboard.moved", scope.when(at, locale)));
        return "redirect:/dashboard/meetings/" + id;
    }

    @PostMapping("/dashboard/meetings/{id}/cancel")
    String cancel(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam String reason,
                  RedirectAttributes flash, Locale locale) {
        scope.inCell(viewer, meetings.meeting(id), Meeting::cellId);
        orRefuse(meetings.cancel(id, reason), locale);
        flash.addFlashAttribute("notice", scope.text(locale, "dashboard.cancelled"));
        return "redirect:/dashboard/meetings/" + id;
    }

    @PostMapping("/dashboard/cells/{id}/meetings")
    String addThematic(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam String startsAt,
                       @RequestParam String place, @RequestParam String title,
                       @RequestParam(required = false) String topic, RedirectAttributes flash, Locale locale) {
        OrgUnit cell = scope.cell(viewer, id);
        Meeting added = orRefuse(meetings.add(cell, Meeting.Kind.THEMATIC,
                dateTime(startsAt, locale).atZone(clock.getZone()), place, title, topic), locale);
        flash.addFlashAttribute("notice", scope.text(locale, "dashboard.added", scope.when(added.startsAt(), locale)));
        return "redirect:/dashboard/meetings/" + added.id();
    }

    /** A cell's own regular rule; meetings to come follow it unless moved by hand. */
    @PostMapping("/dashboard/cells/{id}/schedule")
    String schedule(@RequestAttribute Viewer viewer, @PathVariable long id, @RequestParam ScheduleRule.Kind kind,
                    @RequestParam(required = false) Integer day, @RequestParam(required = false) Integer week,
                    @RequestParam(required = false) DayOfWeek weekday, @RequestParam String time,
                    @RequestParam String place, RedirectAttributes flash, Locale locale) {
        OrgUnit cell = scope.cell(viewer, id);
        orRefuse(schedules.setRule(cell, new ScheduleRule(kind, day, week, weekday, VietnameseDates.readTime(time)
                .orElseThrow(() -> new RefusedInput(scope.text(locale, "dashboard.badClock", time))), place), null),
                locale);
        flash.addFlashAttribute("notice", scope.text(locale, "dashboard.ruleSet"));
        return "redirect:/dashboard/cells/" + id;
    }

    private <T> T orRefuse(Outcome<T, String> outcome, Locale locale) {
        return RefusedInput.orRefuse(outcome, key -> scope.text(locale, key));
    }

    /** A day and time as typed, dd/mm/yyyy hh:mm, whatever language the phone is in. */
    private LocalDateTime dateTime(String written, Locale locale) {
        return VietnameseDates.readDateTime(written)
                .orElseThrow(() -> new RefusedInput(scope.text(locale, "dashboard.badDateTime", written)));
    }
}
