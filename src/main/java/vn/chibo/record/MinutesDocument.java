package vn.chibo.record;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.chibo.attendance.AttendanceLine;
import vn.chibo.attendance.Reply;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.organization.MemberStatus;
import vn.chibo.text.VietnameseDates;
import vn.chibo.text.WordPage;

/**
 * The minutes (biên bản) of a meeting as a Word document in the usual form of a cell's minutes: the committee and
 * the cell on the left, the party and the place and date on the right, the month in the title, time started and
 * ended, place, chair and note-taker, members expected (without those exempted) and present by kind (official,
 * probationary), absent with reason (names and reasons) and without, guests, the agenda, who spoke, each vote with
 * its counts, the conclusion, the closing sentence and places to sign, on A4. What was not recorded is left as a
 * dotted line to fill in by hand.
 */
@Component
class MinutesDocument {

    private final MessageSource messages;
    private final MeetingTexts meetingTexts;
    private final VoteTexts voteTexts;

    MinutesDocument(MessageSource messages, MeetingTexts meetingTexts, VoteTexts voteTexts) {
        this.messages = messages;
        this.meetingTexts = meetingTexts;
        this.voteTexts = voteTexts;
    }

    byte[] write(MeetingMinutes.Minutes minutes, Locale locale) {
        try (var page = new WordPage()) {
            Meeting meeting = minutes.meeting();
            MeetingMinutes.Details details = minutes.details();
            page.heading(minutes.cell().committeeName(), minutes.cell().name(), meeting.startsAt().toLocalDate(), messages,
                    locale);
            page.title(text(locale, "minutes.doc.title." + meeting.kind().name()));
            page.centered(text(locale, "minutes.doc.month", meeting.startsAt().getMonthValue(), meeting.startsAt().getYear()));
            if (meeting.title() != null) {
                page.centered(meeting.title());
            }
            page.field(text(locale, "minutes.doc.started"), meetingTexts.when(meeting, locale));
            page.field(text(locale, "minutes.doc.ended"), details.endedAt() == null ? null
                    : VietnameseDates.dateTime(details.endedAt().atZone(meeting.startsAt().getZone()), messages, locale));
            page.field(text(locale, "minutes.doc.place"), meeting.place());
            page.field(text(locale, "minutes.doc.chair"), details.chair());
            page.field(text(locale, "minutes.doc.noteTaker"), details.noteTaker());

            attendance(page, minutes, locale);
            page.field(text(locale, "minutes.doc.guests"), details.guests());

            page.section(text(locale, "minutes.doc.agenda"));
            if (minutes.agenda().isEmpty()) {
                page.line(meeting.topic() != null ? meeting.topic() : WordPage.BLANK);
            }
            for (MeetingMinutes.AgendaItem item : minutes.agenda()) {
                page.line(item.position() + ". " + item.title() + (item.presenter() == null ? ""
                        : " — " + text(locale, "minutes.doc.presenter", item.presenter())));
            }
            if (!minutes.review().isEmpty()) {
                page.line((minutes.agenda().size() + 1) + ". " + text(locale, "minutes.doc.review"));
                for (FollowUpTask task : minutes.review()) {
                    page.line("   - " + text(locale, "minutes.doc.reviewLine", task.title(), task.memberName(),
                            FollowUpTasks.due(task)));
                }
            }
            page.section(text(locale, "minutes.doc.speeches"));
            if (minutes.speeches().isEmpty()) {
                page.line(WordPage.BLANK);
            }
            for (MeetingMinutes.Speech speech : minutes.speeches()) {
                String on = speech.item() == null ? "" : " (" + text(locale, "minutes.doc.onItem", speech.item()) + ")";
                page.line("- " + speech.fullName() + on + (speech.summary() == null ? "" : ": " + speech.summary()));
            }
            page.section(text(locale, "minutes.doc.votes"));
            if (minutes.votes().isEmpty()) {
                page.line(text(locale, "minutes.doc.noVote"));
            }
            for (VoteResult vote : minutes.votes()) {
                for (String part : voteTexts.result(vote, locale).split("\n")) {
                    page.line(part);
                }
            }
            page.section(text(locale, "minutes.doc.conclusion"));
            for (String part : (details.conclusion() == null ? WordPage.BLANK : details.conclusion()).split("\n")) {
                page.line(part);
            }
            if (!minutes.tasks().isEmpty()) {
                page.section(text(locale, "minutes.doc.tasks"));
                for (FollowUpTask task : minutes.tasks()) {
                    page.line("- " + text(locale, "minutes.doc.reviewLine", task.title(), task.memberName(),
                            FollowUpTasks.due(task)));
                }
            }
            page.paragraph(text(locale, "minutes.doc.closing", details.endedAt() == null
                    ? text(locale, "minutes.doc.endedUnknown")
                    : endedAt(details.endedAt().atZone(meeting.startsAt().getZone()), locale)));
            page.signatures(text(locale, "minutes.doc.signNoteTaker"), details.noteTaker(),
                    text(locale, "minutes.doc.signChair"), details.chair(), text(locale, "minutes.doc.signHint"));
            return page.bytes();
        }
    }

    String fileName(MeetingMinutes.Minutes minutes) {
        return "bien-ban-" + minutes.meeting().startsAt().toLocalDate() + "-" + minutes.meeting().id() + ".docx";
    }

    /** Members expected and present, each by kind; absent with reason (and the reasons) and without. */
    private void attendance(WordPage page, MeetingMinutes.Minutes minutes, Locale locale) {
        List<AttendanceLine> expected = minutes.lines().stream()
                .filter(line -> !minutes.exempt().contains(line.member().id())).toList();
        List<AttendanceLine> present = expected.stream().filter(line -> Boolean.TRUE.equals(line.present())).toList();
        page.section(text(locale, "minutes.doc.attendance"));
        page.field(text(locale, "minutes.doc.expected"), text(locale, "minutes.doc.expectedCount", expected.size(),
                official(expected), expected.size() - official(expected), minutes.exempt().size()));
        page.field(text(locale, "minutes.doc.present"), text(locale, "minutes.doc.byKind", present.size(),
                official(present), present.size() - official(present))
                + (present.isEmpty() ? "" : ": " + names(present, false)));
        absent(page, locale, "minutes.doc.absentExcused", expected,
                line -> !Boolean.TRUE.equals(line.present()) && line.reply() == Reply.ABSENT_WITH_REASON, true);
        absent(page, locale, "minutes.doc.absentUnexcused", expected,
                line -> !Boolean.TRUE.equals(line.present()) && line.reply() != Reply.ABSENT_WITH_REASON, false);
    }

    private void absent(WordPage page, Locale locale, String key, List<AttendanceLine> lines,
                        Predicate<AttendanceLine> which, boolean withReasons) {
        List<AttendanceLine> chosen = lines.stream().filter(which).toList();
        page.field(text(locale, key), chosen.size() + (chosen.isEmpty() ? "" : ": " + names(chosen, withReasons)));
    }

    private static long official(List<AttendanceLine> lines) {
        return lines.stream().filter(line -> line.member().status() != MemberStatus.PROBATIONARY).count();
    }

    private static String names(List<AttendanceLine> lines, boolean withReasons) {
        return lines.stream().map(line -> withReasons && line.reason() != null
                        ? line.member().fullName() + " (" + line.reason() + ")" : line.member().fullName())
                .collect(Collectors.joining(", "));
    }

    /** When the meeting ended, as minutes say it: "21 giờ 15 phút, ngày 05/12/2026". */
    private String endedAt(ZonedDateTime at, Locale locale) {
        return text(locale, "minutes.doc.endedAt", at.getHour(), String.format("%02d", at.getMinute()),
                VietnameseDates.date(at.toLocalDate()));
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
