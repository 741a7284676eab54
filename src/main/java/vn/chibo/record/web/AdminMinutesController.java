package vn.chibo.record.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.common.Outcome;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.record.DocumentReads;
import vn.chibo.record.MeetingMinutes;
import vn.chibo.record.MinutesFiles;
import vn.chibo.web.ApiProblems;

/**
 * A meeting's record through the admin API: its agenda, who spoke, what the secretary fills in (chair,
 * note-taker, end, guests, conclusion), and its minutes as a Word document.
 */
@RestController
@RequestMapping("/api/admin/meetings/{id}")
class AdminMinutesController {

    private final MeetingMinutes minutes;
    private final MinutesFiles files;
    private final DocumentReads reads;
    private final Meetings meetings;
    private final MessageSource messages;

    AdminMinutesController(MeetingMinutes minutes, MinutesFiles files, DocumentReads reads, Meetings meetings,
                           MessageSource messages) {
        this.reads = reads;
        this.minutes = minutes;
        this.files = files;
        this.meetings = meetings;
        this.messages = messages;
    }

    record AgendaBody(String title, String presenter) {
    }

    record SpeechBody(long memberId, Integer item, String summary) {
    }

    record DetailsBody(String chair, String noteTaker, String endedAt, String guests, String conclusion) {
    }

    record NoteTakerBody(long memberId) {
    }

    @GetMapping("/agenda")
    List<MeetingMinutes.AgendaItem> agenda(@PathVariable long id) {
        return minutes.agenda(meeting(id));
    }

    /** The whole agenda, in order: {@code [{"title", "presenter"}, …]}. */
    @PutMapping("/agenda")
    List<MeetingMinutes.AgendaItem> setAgenda(@PathVariable long id, @RequestBody List<AgendaBody> items, Locale locale) {
        return orRefuse(minutes.setAgenda(meeting(id), items.stream()
                .map(item -> new MeetingMinutes.AgendaItem(0, item.title(), item.presenter())).toList()), locale);
    }

    @GetMapping("/speeches")
    List<MeetingMinutes.Speech> speeches(@PathVariable long id) {
        return minutes.speeches(meeting(id));
    }

    @PostMapping("/speeches")
    @ResponseStatus(HttpStatus.CREATED)
    MeetingMinutes.Speech speak(@PathVariable long id, @RequestBody SpeechBody body, Locale locale) {
        return orRefuse(minutes.recordSpeech(meeting(id), body.memberId(), body.item(), body.summary()), locale);
    }

    /** Who pressed "Đã đọc tài liệu" for this meeting, first reader first. */
    @GetMapping("/reads")
    List<DocumentReads.Reader> reads(@PathVariable long id) {
        return reads.readers(meeting(id));
    }

    /** Names a member of the cell the note-taker: the minutes carry the name, and they may record speakers in chat. */
    @PutMapping("/note-taker")
    MeetingMinutes.Details noteTaker(@PathVariable long id, @RequestBody NoteTakerBody body, Locale locale) {
        return orRefuse(minutes.nameNoteTaker(meeting(id), body.memberId()), locale);
    }

    @GetMapping("/minutes")
    MeetingMinutes.Details details(@PathVariable long id) {
        return minutes.details(meeting(id));
    }

    /** What the secretary fills in; a field left out keeps its value, an empty one clears it. */
    @PutMapping("/minutes")
    MeetingMinutes.Details setDetails(@PathVariable long id, @RequestBody DetailsBody body, Locale locale) {
        OffsetDateTime ended;
        try {
            ended = body.endedAt() == null || body.endedAt().isBlank() ? null : OffsetDateTime.parse(body.endedAt());
        } catch (DateTimeParseException e) {
            throw ApiProblems.badRequest(messages.getMessage("minutes.problem.endedAt", new Object[] {body.endedAt()}, locale));
        }
        return orRefuse(minutes.setDetails(meeting(id), new MeetingMinutes.Details(body.chair(), body.noteTaker(),
                ended == null ? null : ended.toInstant(), body.guests(), body.conclusion())), locale);
    }

    @GetMapping("/minutes.docx")
    ResponseEntity<byte[]> document(@PathVariable long id, Locale locale) {
        MinutesFiles.File file = files.minutes(meeting(id), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(MinutesFiles.DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name()).build().toString())
                .body(file.content());
    }

    private Meeting meeting(long id) {
        return meetings.meeting(id).orElseThrow(() -> ApiProblems.notFound("problem.noMeeting", id));
    }

    private <T> T orRefuse(Outcome<T, String> outcome, Locale locale) {
        return ApiProblems.orUnprocessable(outcome, messages, null, locale);
    }
}
