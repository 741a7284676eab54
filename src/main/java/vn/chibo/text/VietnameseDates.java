package vn.chibo.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;

/** Dates and times the way people write them here: "19:30 thứ Năm, 05/12/2026". */
public final class VietnameseDates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter WRITTEN_DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter WRITTEN_TIME = DateTimeFormatter.ofPattern("H:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter WRITTEN_DAY_TIME = DateTimeFormatter.ofPattern("d/M/uuuu H:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter WRITTEN_TIME_DAY = DateTimeFormatter.ofPattern("H:mm d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private VietnameseDates() {
    }

    /** A day the Vietnamese way: 05/12/2026. */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    public static String dateTime(ZonedDateTime at, MessageSource messages, Locale locale) {
        return messages.getMessage("datetime.format", new Object[] {
                TIME.format(at), messages.getMessage("weekday." + at.getDayOfWeek().name(), null, locale),
                DATE.format(at)}, locale);
    }

    /**
     * A deadline as people say it: one at midnight or a minute before is the end of a day ("hết thứ Hai,
     * 14/12/2026"), never "00:00"; any other keeps its time.
     */
    public static String deadline(ZonedDateTime at, MessageSource messages, Locale locale) {
        LocalDate day;
        if (at.getHour() == 0 && at.getMinute() == 0) {
            day = at.toLocalDate().minusDays(1);
        } else if (at.getHour() == 23 && at.getMinute() == 59) {
            day = at.toLocalDate();
        } else {
            return dateTime(at, messages, locale);
        }
        return messages.getMessage("deadline.endOfDay", new Object[] {
                messages.getMessage("weekday." + day.getDayOfWeek().name(), null, locale), DATE.format(day)}, locale);
    }

    /** A day as people write it in a list: 5/12/2020, 05/12/2020 or 2020-12-05; empty when it is none of these. */
    public static Optional<LocalDate> readDay(String written) {
        String text = written == null ? "" : written.strip();
        for (DateTimeFormatter format : List.of(WRITTEN_DAY, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // the next form may read it
            }
        }
        return Optional.empty();
    }

    /**
     * A day and time as people write them in a form: 05/12/2026 19:30, 19:30 05/12/2026, or the ISO form a date
     * picker sends (2026-12-05T19:30); empty when it is none of these.
     */
    public static Optional<LocalDateTime> readDateTime(String written) {
        String text = written == null ? "" : written.strip().replaceAll("\\s+", " ");
        for (DateTimeFormatter format : List.of(WRITTEN_DAY_TIME, WRITTEN_TIME_DAY, DateTimeFormatter.ISO_LOCAL_DATE_TIME)) {
            try {
                return Optional.of(LocalDateTime.parse(text, format));
            } catch (DateTimeParseException e) {
                // the next form may read it
            }
        }
        return Optional.empty();
    }

    /** A time of day on the 24-hour clock, 19:30 or 7:05; empty when it is not one. */
    public static Optional<LocalTime> readTime(String written) {
        try {
            return Optional.of(LocalTime.parse(written == null ? "" : written.strip(), WRITTEN_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A day and time as a form shows them for editing: 05/12/2026 19:30. */
    public static String formDateTime(LocalDateTime at) {
        return DATE.format(at) + " " + TIME.format(at);
    }
}
