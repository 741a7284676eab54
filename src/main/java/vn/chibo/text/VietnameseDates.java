package vn.chibo.text;

import java.time.LocalDate;
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
}
