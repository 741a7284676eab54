package vn.chibo.attendance;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.chibo.channel.Attachments;
import vn.chibo.common.Outcome;
import vn.chibo.conversation.Access;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.CellScope;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.DialogState;
import vn.chibo.conversation.InboundMessage;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingDocuments;
import vn.chibo.meeting.MeetingEdit;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Member;
import vn.chibo.text.VietnameseDates;

/**
 * /hop (/meeting), for a cell's secretary or deputy: where the next meeting stands (who replied what, who has
 * not, who came), and guided dialogs to move it, cancel it with a reason, add a thematic meeting, and open
 * or close check-in.
 */
@Component
class MeetingCommand extends NamedCommand {

    private static final String MOVE = "doi";
    private static final String CANCEL = "huy";
    private static final String ADD = "them";
    private static final String OPEN = "mo";
    private static final String CLOSE = "dong";
    private static final String DOCUMENT = "tailieu";

    /** Waiting for the new time of this meeting. */
    record AwaitingNewTime(long meetingId) implements DialogState {
    }

    /** Waiting for the reason this meeting is cancelled. */
    record AwaitingCancelReason(long meetingId) implements DialogState {
    }

    /** Waiting for a document to attach to this meeting. */
    record AwaitingDocument(long meetingId) implements DialogState {
    }

    /**
     * Adding a thematic meeting, one answer at a time: the title, the topic, the time, then the place.
     *
     * @param startsAt the time given, as an offset date-time, once given
     */
    record AddingMeeting(String title, String topic, String startsAt) implements DialogState {

        AddingMeeting next(String answer) {
            return title == null ? new AddingMeeting(answer, null, null) : new AddingMeeting(title, answer, null);
        }
    }

    private final Meetings meetings;
    private final Attendance attendance;
    private final MeetingTexts texts;
    private final MeetingDocuments documents;
    private final Attachments attachments;
    private final Clock clock;

    MeetingCommand(Meetings meetings, Attendance attendance, MeetingTexts texts, MeetingDocuments documents,
                   Attachments attachments, Clock clock) {
        super("hop", "meeting", Access.CELL_LEADER, true, CellScope.MANAGED);
        this.documents = documents;
        this.attachments = attachments;
        this.meetings = meetings;
        this.attendance = attendance;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        String[] words = arguments.strip().split("\\s+");
        if (words[0].equals(ADD)) {
            chat.awaitReply(new AddingMeeting(null, null, null));
            return List.of(chat.reply("hop.askTitle"));
        }
        Optional<Meeting> meeting = words.length > 1 ? Ids.parse(words[1]).flatMap(meetings::meeting)
                .filter(m -> m.cellId() == me.unit().id()) : meetings.current(me.unit());
        if (meeting.isEmpty()) {
            return List.of(OutboundMessage.withButtons(chat.text("attendance.noMeeting"),
                    List.of(new Button(chat.text("hop.button.add"), "/hop " + ADD))));
        }
        Meeting m = meeting.get();
            switch (words[0]) {
                case MOVE -> {
                    chat.awaitReply(new AwaitingNewTime(m.id()));
                    return List.of(chat.reply("hop.askTime", texts.line(m, chat.locale())));
                }
                case CANCEL -> {
                    chat.awaitReply(new AwaitingCancelReason(m.id()));
                    return List.of(chat.reply("hop.askCancelReason", texts.line(m, chat.locale())));
                }
                case DOCUMENT -> {
                    chat.awaitReply(new AwaitingDocument(m.id()));
                    return List.of(chat.reply("hop.askDocument", texts.line(m, chat.locale())));
                }
                case OPEN -> {
                    return attendanceReply(chat, attendance.openCheckIn(m).map(code -> chat.reply("hop.checkInOpen", code)));
                }
                case CLOSE -> {
                    return attendanceReply(chat, attendance.closeCheckIn(m).map(closed -> status(chat, closed)));
                }
                default -> {
                    return List.of(status(chat, m));
                }
            }
    }

    @Override
    public List<OutboundMessage> continueDialog(ChatContext chat, DialogState state, String input) {
        Member me = chat.member().orElseThrow();
        if (state instanceof AwaitingNewTime move) {
            Meeting meeting = meetings.meeting(move.meetingId()).orElseThrow();
            Optional<ZonedDateTime> at = parseTime(input, meeting.startsAt().getZone());
            if (at.isEmpty()) {
                chat.awaitReply(move);
                return List.of(chat.reply("hop.badTime"));
            }
            return meetingReply(chat, meetings.change(meeting.id(), new MeetingEdit(at.get(), null, null, null))
                    .map(moved -> chat.reply("hop.moved", texts.line(moved, chat.locale()))));
        }
        if (state instanceof AwaitingDocument document) {
            return attach(chat, document);
        }
        if (state instanceof AwaitingCancelReason cancel) {
            return meetingReply(chat, meetings.cancel(cancel.meetingId(), input)
                    .map(cancelled -> chat.reply("hop.cancelled", texts.line(cancelled, chat.locale()))));
        }
        return addStep(chat, me, (AddingMeeting) state, input);
    }

    private static List<OutboundMessage> attendanceReply(ChatContext chat, Outcome<OutboundMessage, AttendanceRefusal> outcome) {
        if (outcome instanceof Outcome.Done<OutboundMessage, AttendanceRefusal> done) {
            return List.of(done.value());
        }
        return List.of(chat.reply(outcome.reasons().get(0).messageKey));
    }

    private static List<OutboundMessage> meetingReply(ChatContext chat, Outcome<OutboundMessage, String> outcome) {
        if (outcome instanceof Outcome.Done<OutboundMessage, String> done) {
            return List.of(done.value());
        }
        return List.of(chat.reply("meeting.rejected", outcome.reasons().stream().map(chat::text)
                .collect(Collectors.joining(" "))));
    }

    /** The file the secretary sent becomes one of the meeting's documents. */
    private List<OutboundMessage> attach(ChatContext chat, AwaitingDocument awaiting) {
        Meeting meeting = meetings.meeting(awaiting.meetingId()).orElseThrow();
        InboundMessage.Attachment file = chat.message().attachment();
        if (file == null) {
            chat.awaitReply(awaiting);
            return List.of(chat.reply("hop.askDocument", texts.line(meeting, chat.locale())));
        }
        Optional<byte[]> content = attachments.fetch(chat.message().channel(), file);
        if (content.isEmpty()) {
            return List.of(chat.reply("hop.documentUnreadable"));
        }
        if (documents.attach(meeting, file.fileName(), file.mediaType(), content.get())
                instanceof Outcome.Refused<Long, String> refused) {
            return List.of(chat.reply(refused.first()));
        }
        return List.of(chat.reply("hop.documentAttached", file.fileName() == null ? "" : file.fileName(),
                texts.line(meeting, chat.locale())));
    }

    /** Adding a thematic meeting: title, then topic, then time, then place. */
    private List<OutboundMessage> addStep(ChatContext chat, Member me, AddingMeeting adding, String input) {
        if (adding.topic() == null) {
            chat.awaitReply(adding.next(input));
            return List.of(chat.reply(adding.title() == null ? "hop.askTopic" : "hop.askNewTime"));
        }
        if (adding.startsAt() == null) {
            Optional<ZonedDateTime> at = parseTime(input, clock.getZone());
            if (at.isEmpty()) {
                chat.awaitReply(adding);
                return List.of(chat.reply("hop.badTime"));
            }
            chat.awaitReply(new AddingMeeting(adding.title(), adding.topic(), at.get().toOffsetDateTime().toString()));
            return List.of(chat.reply("hop.askPlace"));
        }
        return meetingReply(chat, meetings.add(me.unit(), Meeting.Kind.THEMATIC,
                        ZonedDateTime.parse(adding.startsAt()).withZoneSameInstant(clock.getZone()), input,
                        adding.title(), adding.topic())
                .map(added -> chat.reply("hop.added", texts.line(added, chat.locale()))));
    }

    private OutboundMessage status(ChatContext chat, Meeting meeting) {
        List<AttendanceLine> lines = attendance.attendance(meeting);
        var text = new StringBuilder(texts.line(meeting, chat.locale()));
        appendGroup(chat, text, "hop.attending", lines, l -> l.reply() == Reply.ATTENDING);
        appendGroup(chat, text, "hop.excused", lines, l -> l.reply() == Reply.ABSENT_WITH_REASON);
        appendGroup(chat, text, "hop.absent", lines, l -> l.reply() == Reply.ABSENT);
        appendGroup(chat, text, "hop.noReply", lines, l -> l.reply() == null);
        long present = lines.stream().filter(l -> Boolean.TRUE.equals(l.present())).count();
        boolean began = !meeting.startsAt().toInstant().isAfter(clock.instant());
        if (began || present > 0) {
            text.append('\n').append(chat.text("hop.present", present, lines.size()));
        }
        var buttons = new ArrayList<Button>();
        if (meetings.canChange(meeting)) {
            buttons.add(new Button(chat.text("hop.button.move"), "/hop " + MOVE + " " + meeting.id()));
            buttons.add(new Button(chat.text("hop.button.cancel"), "/hop " + CANCEL + " " + meeting.id()));
            buttons.add(new Button(chat.text("command.nhacnho.button"), "/nhacnho"));
            buttons.add(new Button(chat.text("hop.button.document"), "/hop " + DOCUMENT + " " + meeting.id()));
        }
        if (!meeting.cancelled()) {
            buttons.add(new Button(chat.text("hop.button.agenda"), "/chuongtrinh " + meeting.id()));
        }
        if (began && !meeting.cancelled()) {
            buttons.add(new Button(chat.text("hop.button.vote"), "/bieuquyet"));
        }
        boolean checkInOpen = attendance.openCheckInCode(meeting).isPresent();
        if (!checkInOpen && attendance.checkInCanOpen(meeting)) {
            buttons.add(new Button(chat.text("hop.button.open"), "/hop " + OPEN + " " + meeting.id()));
        }
        if (checkInOpen) {
            buttons.add(new Button(chat.text("hop.button.close"), "/hop " + CLOSE + " " + meeting.id()));
        }
        buttons.add(new Button(chat.text("hop.button.add"), "/hop " + ADD));
        return OutboundMessage.withButtons(text.toString(), buttons);
    }

    private static void appendGroup(ChatContext chat, StringBuilder text, String key, List<AttendanceLine> lines,
                                    Predicate<AttendanceLine> in) {
        List<AttendanceLine> group = lines.stream().filter(in).toList();
        String names = group.stream()
                .map(l -> l.reason() == null ? l.member().fullName() : l.member().fullName() + " (" + l.reason() + ")")
                .collect(Collectors.joining(", "));
        text.append('\n').append(chat.text(key, group.size(), names));
    }

    private static Optional<ZonedDateTime> parseTime(String input, ZoneId zone) {
        return VietnameseDates.readDateTime(input).map(at -> at.atZone(zone));
    }
}
