package vn.chibo.meeting.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.common.Outcome;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingDocuments;
import vn.chibo.meeting.MeetingEdit;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.web.ApiProblems;

/** A cell's meetings: list, add a thematic or extra one, move or change one, cancel one with a reason. */
@RestController
@RequestMapping("/api/admin")
class AdminMeetingController {

    /** A year past this is a typing slip or a probe, not a date: refused as unreadable before any arithmetic on it. */
    private static final int LAST_YEAR_WRITTEN = 9999;

    private final Meetings meetings;
    private final Organization organization;
    private final MessageSource messages;
    private final MeetingDocuments documents;
    private final ZoneId zone;
    private final Clock clock;

    AdminMeetingController(Meetings meetings, Organization organization, MessageSource messages,
                           MeetingDocuments documents, @Value("${chibo.time-zone}") ZoneId zone, Clock clock) {
        this.clock = clock;
        this.documents = documents;
        this.meetings = meetings;
        this.organization = organization;
        this.messages = messages;
        this.zone = zone;
    }

    /** {@code startsAt} with an offset (2026-12-05T19:30+07:00) or without one, in the cell's time zone. */
    record MeetingBody(Meeting.Kind kind, String startsAt, String place, String title, String topic) {
    }

    record CancelBody(String reason) {
    }

    record MeetingView(long id, long cellId, String kind, OffsetDateTime startsAt, String place, String title,
                       String topic, String status, String cancelReason) {
        static MeetingView of(Meeting m) {
            return new MeetingView(m.id(), m.cellId(), m.kind().name(), m.startsAt().toOffsetDateTime(), m.place(),
                    m.title(), m.topic(), m.cancelled() ? "CANCELLED" : "SCHEDULED", m.cancelReason());
        }
    }

    /** {@code from} and {@code to} are dates (YYYY-MM-DD, both included); by default today and three months on. */
    @GetMapping("/cells/{id}/meetings")
    List<MeetingView> list(@PathVariable long id, @RequestParam(required = false) LocalDate from,
                           @RequestParam(required = false) LocalDate to) {
        OrgUnit cell = cell(id);
        LocalDate first = from != null ? from : LocalDate.ofInstant(clock.instant(), zone);
        LocalDate last = to != null ? to : first.plusMonths(3);
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        return meetings.between(cell, start, end).stream().map(MeetingView::of).toList();
    }

    @PostMapping("/cells/{id}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    MeetingView add(@PathVariable long id, @RequestBody MeetingBody body, Locale locale) {
        OrgUnit cell = cell(id);
        Meeting.Kind kind = body.kind() == null ? Meeting.Kind.THEMATIC : body.kind();
        return view(meetings.add(cell, kind, zoned(body.startsAt(), locale), body.place(), body.title(), body.topic()), locale);
    }

    @PatchMapping("/meetings/{id}")
    MeetingView change(@PathVariable long id, @RequestBody MeetingBody body, Locale locale) {
        existing(id);
        return view(meetings.change(id, new MeetingEdit(zoned(body.startsAt(), locale), body.place(), body.title(),
                body.topic())), locale);
    }

    @PostMapping("/meetings/{id}/cancel")
    MeetingView cancel(@PathVariable long id, @RequestBody CancelBody body, Locale locale) {
        existing(id);
        return view(meetings.cancel(id, body.reason()), locale);
    }

    /** Attaches the body as a document (its type from Content-Type, its name from {@code name}). */
    @PostMapping("/meetings/{id}/documents")
    @ResponseStatus(HttpStatus.CREATED)
    MeetingDocuments.Listed attach(@PathVariable long id, @RequestParam String name,
                                   @RequestHeader(name = "Content-Type", required = false) String mediaType,
                                   @RequestBody byte[] content, Locale locale) {
        Meeting meeting = meetings.meeting(id).orElseThrow(() -> ApiProblems.notFound("problem.noMeeting", id));
        Outcome<Long, String> attached = documents.attach(meeting, name, mediaType, content);
        if (attached instanceof Outcome.Refused<Long, String> refused) {
            throw ApiProblems.refused(HttpStatus.CONTENT_TOO_LARGE, messages, null, refused.reasons(), locale);
        }
        long documentId = attached.orElseThrow();
        return documents.list(meeting).stream().filter(d -> d.id() == documentId).findFirst().orElseThrow();
    }

    @GetMapping("/meetings/{id}/documents")
    List<MeetingDocuments.Listed> documents(@PathVariable long id) {
        return documents.list(meetings.meeting(id).orElseThrow(() -> ApiProblems.notFound("problem.noMeeting", id)));
    }

    private MeetingView view(Outcome<Meeting, String> outcome, Locale locale) {
        return MeetingView.of(ApiProblems.orUnprocessable(outcome, messages, "meeting.rejected", locale));
    }

    /**
     * A time with an offset means that instant; one without is read in the cell's zone, which is the bot's for
     * now. Anything else is refused with the two forms that are understood.
     */
    private ZonedDateTime zoned(String startsAt, Locale locale) {
        if (startsAt == null || startsAt.isBlank()) {
            return null;
        }
        Optional<ZonedDateTime> at = parse(startsAt.strip()).filter(read -> read.getYear() <= LAST_YEAR_WRITTEN);
        return at.orElseThrow(() -> ApiProblems.badRequest(
                messages.getMessage("problem.startsAt", new Object[] {startsAt, zone}, locale)));
    }

    /** With an offset as given; without one, in the bot's time zone; empty when it cannot be read. */
    private Optional<ZonedDateTime> parse(String startsAt) {
        try {
            return Optional.of(OffsetDateTime.parse(startsAt).atZoneSameInstant(zone));
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(startsAt).atZone(zone));
            } catch (DateTimeException unreadable) {
                return Optional.empty();
            }
        } catch (DateTimeException outOfRange) {
            return Optional.empty();
        }
    }

    private OrgUnit cell(long id) {
        return organization.unit(id).filter(OrgUnit::isCell).orElseThrow(() -> ApiProblems.notFound("problem.noCell", id));
    }

    private void existing(long id) {
        meetings.meeting(id).orElseThrow(() -> ApiProblems.notFound("problem.noMeeting", id));
    }
}
