package vn.chibo.text;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** Dates and times the way people write them here: "19:30 thứ Năm, 05/12/2026". */
public final class VietnameseDates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseDates() {
    }

    public static String dateTime(ZonedDateTime at, MessageSource messages, Locale locale) {
        return messages.getMessage("datetime.format", new Object[] {
                TIME.format(at), messages.getMessage("weekday." + at.getDayOfWeek().name(), null, locale),
                DATE.format(at)}, locale);
    }
}
