package vn.chibo.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import biweekly.Biweekly;
import biweekly.ICalDataType;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.RefreshInterval;
import biweekly.property.Status;
import biweekly.property.Trigger;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.text.Languages;

/**
 * A cell's meetings as an iCalendar feed at an unguessable address (a member's own, or the cell's), for
 * members' phone calendars: the last three months and the coming ones, each with its agenda in the description and
 * an alarm the day before; cancelled meetings stay in it, marked cancelled, so phones remove them. It names itself
 * and asks to be fetched again every few hours, and its lines are folded at 75 octets as RFC 5545 requires
 * (Vietnamese letters take two or three).
 */
@RestController
class CalendarFeed {

    private static final Duration MEETING_LENGTH = Duration.ofHours(2);
    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    private static final Duration REFRESH = Duration.ofHours(6);
    /** The phone reminds of the meeting a day ahead, as the bot's own first reminder does. */
    private static final biweekly.util.Duration ALARM_BEFORE =
            new biweekly.util.Duration.Builder().prior(true).days(1).build();

    private final Meetings meetings;
    private final MemberCalendars memberCalendars;
    private final MeetingTexts texts;
    private final Clock clock;
    private final List<MeetingAgenda> agendas;

    CalendarFeed(Meetings meetings, MemberCalendars memberCalendars, MeetingTexts texts, Clock clock,
                 List<MeetingAgenda> agendas) {
        this.agendas = agendas;
        this.memberCalendars = memberCalendars;
        this.meetings = meetings;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping(CalendarLinks.PATH + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return memberCalendars.cellOf(token).or(() -> meetings.cellOfCalendar(token)).map(cell -> {
            Instant now = clock.instant();
            var calendar = new ICalendar();
            calendar.setProductId("-//chibo-bot//meetings//VI");
            calendar.setName(cell.name());
            calendar.setExperimentalProperty("X-WR-CALNAME", cell.name());
            var refresh = new RefreshInterval(new biweekly.util.Duration.Builder().hours((int) REFRESH.toHours()).build());
            refresh.getParameters().setValue(ICalDataType.DURATION);
            calendar.setRefreshInterval(refresh);
            calendar.setExperimentalProperty("X-PUBLISHED-TTL", REFRESH.toString());
            Locale vietnamese = Languages.VIETNAMESE;
            for (Meeting meeting : meetings.between(cell, now.minus(Duration.ofDays(92)), now.plus(Duration.ofDays(400)))) {
                var event = new VEvent();
                calendar.addEvent(event);
                event.setUid("meeting-" + meeting.id() + "@chibo-bot");
                event.setSequence(meeting.version());
                event.setSummary(texts.title(meeting, vietnamese));
                event.setLocation(meeting.place());
                event.setDateStart(Date.from(meeting.startsAt().toInstant()));
                event.setDateEnd(Date.from(meeting.startsAt().toInstant().plus(MEETING_LENGTH)));
                description(meeting, vietnamese).ifPresent(event::setDescription);
                if (!meeting.cancelled()) {
                    event.addAlarm(VAlarm.display(new Trigger(ALARM_BEFORE, Related.START), texts.title(meeting, vietnamese)));
                }
                event.setStatus(meeting.cancelled() ? Status.cancelled() : Status.confirmed());
            }
            return ResponseEntity.ok().contentType(CALENDAR).body(IcsLines.fold(Biweekly.write(calendar).foldLines(false).go()));
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The topic, then the agenda as the record keeps it, so a member reads what the meeting is about in the calendar. */
    private Optional<String> description(Meeting meeting, Locale locale) {
        List<String> agenda = agendas.stream().flatMap(source -> source.lines(meeting).stream()).toList();
        var text = new StringBuilder(meeting.topic() == null ? "" : meeting.topic());
        if (!agenda.isEmpty()) {
            text.append(text.isEmpty() ? "" : "\n\n").append(texts.agendaHeading(locale)).append('\n')
                    .append(String.join("\n", agenda));
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text.toString());
    }
}
