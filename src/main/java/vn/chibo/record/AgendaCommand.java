package vn.chibo.record;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.chibo.common.Outcome;
import vn.chibo.conversation.Access;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.CellScope;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.DialogState;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;

/**
 * /chuongtrinh (/agenda), for a cell's secretary or deputy: the agenda of the meeting under way or next, who has
 * read its documents, and dialogs to set the agenda (one item a line, "- presenter" after it) and to name the
 * member who takes the notes.
 */
@Component
class AgendaCommand extends NamedCommand {

    static final String NAME = "chuongtrinh";
    private static final String SET = "dat";
    private static final String NOTE_TAKER = "thuky";

    /** Waiting for this meeting's agenda, one item a line. */
    record AwaitingAgenda(long meetingId) implements DialogState {
    }

    private final Meetings meetings;
    private final MeetingMinutes minutes;
    private final AgendaTexts agendaTexts;
    private final DocumentReads reads;
    private final Organization organization;
    private final MeetingTexts meetingTexts;
    private final Clock clock;

    AgendaCommand(Meetings meetings, MeetingMinutes minutes, AgendaTexts agendaTexts, DocumentReads reads,
                  Organization organization, MeetingTexts meetingTexts, Clock clock) {
        super(NAME, "agenda", Access.CELL_LEADER, false, CellScope.MANAGED);
        this.meetings = meetings;
        this.minutes = minutes;
        this.agendaTexts = agendaTexts;
        this.reads = reads;
        this.organization = organization;
        this.meetingTexts = meetingTexts;
        this.clock = clock;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        String[] words = arguments.strip().split("\\s+");
        boolean action = words[0].equals(SET) || words[0].equals(NOTE_TAKER);
        String id = action ? (words.length > 1 ? words[1] : "") : words[0];
        Optional<Meeting> meeting = id.matches("\\d{1,18}")
                ? meetings.meeting(Long.parseLong(id)).filter(found -> found.cellId() == me.unit().id())
                : meetings.current(me.unit());
        if (meeting.isEmpty()) {
            return List.of(chat.reply("attendance.noMeeting"));
        }
        if (words[0].equals(SET)) {
            chat.awaitReply(new AwaitingAgenda(meeting.get().id()));
            return List.of(chat.reply("agenda.ask", meetingTexts.line(meeting.get(), chat.locale())));
        }
        if (words[0].equals(NOTE_TAKER)) {
            return words.length > 2 && words[2].matches("\\d{1,18}")
                    ? nameNoteTaker(chat, meeting.get(), Long.parseLong(words[2]))
                    : List.of(noteTakerChoice(chat, meeting.get()));
        }
        return List.of(overview(chat, meeting.get()));
    }

    @Override
    public List<OutboundMessage> continueDialog(ChatContext chat, DialogState state, String input) {
        var awaiting = (AwaitingAgenda) state;
        Meeting meeting = meetings.meeting(awaiting.meetingId()).orElseThrow();
        List<MeetingMinutes.AgendaItem> items = AgendaLines.parse(input);
        if (items.isEmpty() || items.size() > MeetingMinutes.MAX_AGENDA_ITEMS) {
            chat.awaitReply(awaiting);
            return List.of(chat.reply("agenda.ask", meetingTexts.line(meeting, chat.locale())));
        }
        Outcome<List<MeetingMinutes.AgendaItem>, String> set = minutes.setAgenda(meeting, items);
        if (set instanceof Outcome.Refused<List<MeetingMinutes.AgendaItem>, String> refused) {
            chat.awaitReply(awaiting);
            return List.of(chat.reply(refused.first()));
        }
        return List.of(overview(chat, meeting));
    }

    private OutboundMessage overview(ChatContext chat, Meeting meeting) {
        var text = new StringBuilder(meetingTexts.line(meeting, chat.locale())).append('\n')
                .append(agendaTexts.block(meeting, chat.locale()).orElse(chat.text("agenda.none")));
        List<Member> members = minutes.expected(meeting);
        Set<Long> read = reads.readers(meeting).stream().map(DocumentReads.Reader::memberId).collect(Collectors.toSet());
        List<Member> readers = members.stream().filter(member -> read.contains(member.id())).toList();
        text.append("\n\n").append(readers.isEmpty() ? chat.text("agenda.readNone", members.size())
                : chat.text("agenda.read", readers.size(), members.size(), names(readers),
                names(members.stream().filter(member -> !read.contains(member.id())).toList())));
        MeetingMinutes.Details details = minutes.details(meeting);
        text.append('\n').append(chat.text("agenda.noteTaker",
                details.noteTaker() == null ? chat.text("agenda.noteTaker.none") : details.noteTaker()));
        var buttons = new ArrayList<Button>();
        buttons.add(new Button(chat.text("agenda.button.set"), "/" + NAME + " " + SET + " " + meeting.id()));
        buttons.add(new Button(chat.text("agenda.button.noteTaker"), "/" + NAME + " " + NOTE_TAKER + " " + meeting.id()));
        if (!meeting.startsAt().toInstant().isAfter(clock.instant())) {
            buttons.add(new Button(chat.text("speech.button.record"), "/" + SpeechCommand.NAME + " " + meeting.id()));
        }
        return OutboundMessage.withButtons(text.toString(), buttons);
    }

    private OutboundMessage noteTakerChoice(ChatContext chat, Meeting meeting) {
        List<Button> buttons = organization.membersOf(organization.unit(meeting.cellId()).orElseThrow()).stream()
                .map(member -> new Button(member.fullName(),
                        "/" + NAME + " " + NOTE_TAKER + " " + meeting.id() + " " + member.id()))
                .toList();
        return OutboundMessage.withButtons(chat.text("agenda.askNoteTaker"), buttons);
    }

    private List<OutboundMessage> nameNoteTaker(ChatContext chat, Meeting meeting, long memberId) {
        Outcome<MeetingMinutes.Details, String> named = minutes.nameNoteTaker(meeting, memberId);
        if (named instanceof Outcome.Refused<MeetingMinutes.Details, String> refused) {
            return List.of(chat.reply(refused.first()));
        }
        return List.of(chat.reply("agenda.noteTakerNamed", named.orElseThrow().noteTaker(),
                meetingTexts.line(meeting, chat.locale())));
    }

    private static String names(List<Member> members) {
        return members.isEmpty() ? "—" : members.stream().map(Member::fullName).collect(Collectors.joining(", "));
    }
}
