package vn.chibo.record;

import java.util.Locale;

import org.springframework.stereotype.Service;

import vn.chibo.meeting.Meeting;

/** A meeting's minutes as a Word file, for the admin API and /bienban alike. */
@Service
public class MinutesFiles {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public record File(String name, byte[] content) {
    }

    private final MeetingMinutes minutes;
    private final MinutesDocument document;

    MinutesFiles(MeetingMinutes minutes, MinutesDocument document) {
        this.minutes = minutes;
        this.document = document;
    }

    public File minutes(Meeting meeting, Locale locale) {
        MeetingMinutes.Minutes record = minutes.minutes(meeting, locale);
        return new File(document.fileName(record), document.write(record, locale));
    }
}
