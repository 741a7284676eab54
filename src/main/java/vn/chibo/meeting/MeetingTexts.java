package vn.chibo.meeting;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.chibo.text.Languages;
import vn.chibo.text.VietnameseDates;

/** How a meeting reads in a message: its title (the regular one is named by its month), time and place. */
@Component
public class MeetingTexts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final MessageSource messages;

    MeetingTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String title(Meeting meeting, Locale locale) {
        if (meeting.title() != null) {
            return meeting.title();
        }
        if (meeting.kind() == Meeting.Kind.REVIEW) {
            return messages.getMessage("meeting.reviewTitle", new Object[] {meeting.startsAt().getYear()}, locale);
        }
        return messages.getMessage("meeting.regularTitle", new Object[] {MONTH.format(meeting.startsAt())}, locale);
    }

    /** "Chương trình họp:", as the agenda is headed wherever it is shown. */
    public String agendaHeading(Locale locale) {
        return messages.getMessage("calendar.agenda", null, locale);
    }

    public String when(Meeting meeting, Locale locale) {
        return VietnameseDates.dateTime(meeting.startsAt(), messages, locale);
    }

    /** "19:30 thứ Bảy, 05/12/2026 — Sinh hoạt chi bộ định kỳ tháng 12/2026 — Nhà văn hóa tổ 3" */
    public String line(Meeting meeting, Locale locale) {
        String line = when(meeting, locale) + " — " + title(meeting, locale) + " — " + meeting.place();
        return meeting.cancelled()
                ? messages.getMessage("meeting.cancelledLine", new Object[] {line, meeting.cancelReason()}, locale)
                : line;
    }

    /** A reminder's notice, {@code key} taking the title, the time and the place: "🔔 Nhắc họp: …". */
    String reminderNotice(String key, Meeting meeting, Locale locale) {
        return messages.getMessage(key, new Object[] {title(meeting, locale), when(meeting, locale), meeting.place()},
                locale);
    }

    /** The meeting's fields of a notice sent by phone, in Vietnamese: title, time, place and the cell's name. */
    public Map<String, String> phoneFields(Meeting meeting, String cellName) {
        Locale vietnamese = Languages.VIETNAMESE;
        return Map.of("cell_name", cellName, "meeting_title", title(meeting, vietnamese),
                "starts_at", when(meeting, vietnamese), "place", meeting.place());
    }

    /** What members are told of a change. */
    public String announcement(MeetingChanged change, Locale locale) {
        Meeting meeting = change.meeting();
        String key = "meeting.announce." + change.what().name();
        String text = messages.getMessage(key, new Object[] {title(meeting, locale), when(meeting, locale),
                meeting.place(), meeting.cancelReason()}, locale);
        if (meeting.topic() != null && change.what() == MeetingChanged.What.ADDED) {
            text += "\n" + messages.getMessage("meeting.topic", new Object[] {meeting.topic()}, locale);
        }
        return text;
    }
}
