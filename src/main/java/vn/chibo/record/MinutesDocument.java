package vn.chibo.record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.chibo.attendance.AttendanceLine;
import vn.chibo.attendance.Reply;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.text.VietnameseDates;

/**
 * The minutes (biên bản) of a meeting as a Word document: the heading of a cell's minutes, time started and
 * ended, place, chair and note-taker, members expected (without those exempted), present, absent with reason
 * (names and reasons) and without, guests, the agenda, who spoke, each vote with its counts, the conclusion,
 * and places to sign. What was not recorded is left as a dotted line to fill in by hand.
 */
@Component
class MinutesDocument {

    private static final String BLANK = "……………………";
    private static final String FONT = "Times New Roman";

    private final MessageSource messages;
    private final MeetingTexts meetingTexts;
    private final VoteTexts voteTexts;

    MinutesDocument(MessageSource messages, MeetingTexts meetingTexts, VoteTexts voteTexts) {
        this.messages = messages;
        this.meetingTexts = meetingTexts;
        this.voteTexts = voteTexts;
    }

    byte[] write(MeetingMinutes.Minutes minutes, Locale locale) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            Meeting meeting = minutes.meeting();
            MeetingMinutes.Details details = minutes.details();
            line(document, text(locale, "minutes.doc.party"), true, ParagraphAlignment.RIGHT);
            line(document, minutes.cell().name().toUpperCase(locale), true, ParagraphAlignment.LEFT);
            line(document, text(locale, meeting.kind() == Meeting.Kind.REGULAR ? "minutes.doc.title.REGULAR"
                    : "minutes.doc.title.THEMATIC"), true, ParagraphAlignment.CENTER);
            if (meeting.title() != null) {
                line(document, meeting.title(), false, ParagraphAlignment.CENTER);
            }
            field(document, locale, "minutes.doc.started", meetingTexts.when(meeting, locale));
            field(document, locale, "minutes.doc.ended", details.endedAt() == null ? null
                    : VietnameseDates.dateTime(details.endedAt().atZone(meeting.startsAt().getZone()), messages, locale));
            field(document, locale, "minutes.doc.place", meeting.place());
            field(document, locale, "minutes.doc.chair", details.chair());
            field(document, locale, "minutes.doc.noteTaker", details.noteTaker());

            List<AttendanceLine> expected = minutes.lines().stream()
                    .filter(line -> !minutes.exempt().contains(line.member().id())).toList();
            heading(document, text(locale, "minutes.doc.attendance"));
            field(document, locale, "minutes.doc.expected", text(locale, "minutes.doc.expectedCount", expected.size(),
                    minutes.exempt().size()));
            names(document, locale, "minutes.doc.present", expected, line -> Boolean.TRUE.equals(line.present()), false);
            names(document, locale, "minutes.doc.absentExcused", expected,
                    line -> !Boolean.TRUE.equals(line.present()) && line.reply() == Reply.ABSENT_WITH_REASON, true);
            names(document, locale, "minutes.doc.absentUnexcused", expected,
                    line -> !Boolean.TRUE.equals(line.present()) && line.reply() != Reply.ABSENT_WITH_REASON, false);
            field(document, locale, "minutes.doc.guests", details.guests());

            heading(document, text(locale, "minutes.doc.agenda"));
            if (minutes.agenda().isEmpty()) {
                line(document, meeting.topic() != null ? meeting.topic() : BLANK, false, ParagraphAlignment.LEFT);
            }
            for (MeetingMinutes.AgendaItem item : minutes.agenda()) {
                line(document, item.position() + ". " + item.title() + (item.presenter() == null ? ""
                        : " — " + text(locale, "minutes.doc.presenter", item.presenter())), false, ParagraphAlignment.LEFT);
            }
            if (!minutes.review().isEmpty()) {
                line(document, (minutes.agenda().size() + 1) + ". " + text(locale, "minutes.doc.review"), false,
                        ParagraphAlignment.LEFT);
                for (FollowUpTask task : minutes.review()) {
                    line(document, "   - " + text(locale, "minutes.doc.reviewLine", task.title(), task.memberName(),
                            FollowUpTasks.due(task)), false, ParagraphAlignment.LEFT);
                }
            }
            heading(document, text(locale, "minutes.doc.speeches"));
            if (minutes.speeches().isEmpty()) {
                line(document, BLANK, false, ParagraphAlignment.LEFT);
            }
            for (MeetingMinutes.Speech speech : minutes.speeches()) {
                String on = speech.item() == null ? "" : " (" + text(locale, "minutes.doc.onItem", speech.item()) + ")";
                line(document, "- " + speech.fullName() + on + (speech.summary() == null ? "" : ": " + speech.summary()),
                        false, ParagraphAlignment.LEFT);
            }
            heading(document, text(locale, "minutes.doc.votes"));
            if (minutes.votes().isEmpty()) {
                line(document, text(locale, "minutes.doc.noVote"), false, ParagraphAlignment.LEFT);
            }
            for (VoteResult vote : minutes.votes()) {
                for (String part : voteTexts.result(vote, locale).split("\n")) {
                    line(document, part, false, ParagraphAlignment.LEFT);
                }
            }
            heading(document, text(locale, "minutes.doc.conclusion"));
            for (String part : (details.conclusion() == null ? BLANK : details.conclusion()).split("\n")) {
                line(document, part, false, ParagraphAlignment.LEFT);
            }
            if (!minutes.tasks().isEmpty()) {
                heading(document, text(locale, "minutes.doc.tasks"));
                for (FollowUpTask task : minutes.tasks()) {
                    line(document, "- " + text(locale, "minutes.doc.reviewLine", task.title(), task.memberName(),
                            FollowUpTasks.due(task)), false, ParagraphAlignment.LEFT);
                }
            }
            signatures(document, locale, details);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String fileName(MeetingMinutes.Minutes minutes) {
        return "bien-ban-" + minutes.meeting().startsAt().toLocalDate() + "-" + minutes.meeting().id() + ".docx";
    }

    private void names(XWPFDocument document, Locale locale, String key, List<AttendanceLine> lines,
                       Predicate<AttendanceLine> which, boolean withReasons) {
        List<AttendanceLine> chosen = lines.stream().filter(which).toList();
        String listed = chosen.stream().map(line -> withReasons && line.reason() != null
                ? line.member().fullName() + " (" + line.reason() + ")" : line.member().fullName())
                .collect(Collectors.joining(", "));
        field(document, locale, key, chosen.size() + (listed.isEmpty() ? "" : ": " + listed));
    }

    private void signatures(XWPFDocument document, Locale locale, MeetingMinutes.Details details) {
        line(document, "", false, ParagraphAlignment.LEFT);
        XWPFTable table = document.createTable(3, 2);
        table.removeBorders();
        cell(table, 0, 0, text(locale, "minutes.doc.signNoteTaker"), true);
        cell(table, 0, 1, text(locale, "minutes.doc.signChair"), true);
        cell(table, 1, 0, text(locale, "minutes.doc.signHint"), false);
        cell(table, 1, 1, text(locale, "minutes.doc.signHint"), false);
        cell(table, 2, 0, details.noteTaker() == null ? BLANK : details.noteTaker(), true);
        cell(table, 2, 1, details.chair() == null ? BLANK : details.chair(), true);
    }

    private static void cell(XWPFTable table, int row, int column, String text, boolean bold) {
        XWPFParagraph paragraph = table.getRow(row).getCell(column).getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, text, bold);
    }

    private void field(XWPFDocument document, Locale locale, String key, String value) {
        XWPFParagraph paragraph = document.createParagraph();
        run(paragraph, text(locale, key) + ": ", true);
        run(paragraph, value == null || value.isBlank() ? BLANK : value, false);
    }

    private static void heading(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(200);
        run(paragraph, text, true);
    }

    private static void line(XWPFDocument document, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        run(paragraph, text, bold);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(13);
        run.setBold(bold);
        run.setText(text);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
