package vn.chibo.record;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.chibo.attendance.Attendance;
import vn.chibo.attendance.AttendanceLine;
import vn.chibo.common.Outcome;
import vn.chibo.conversation.Access;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.CellScope;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.DialogState;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Member;
import vn.chibo.organization.Role;

/**
 * /phatbieu (/speech): during the meeting, the secretary, a deputy or the member named to take the notes records
 * who spoke, on which agenda item, and a line of what: three presses and an optional line typed.
 */
@Component
class SpeechCommand extends NamedCommand {

    static final String NAME = "phatbieu";

    /** Waiting for the one-line summary of this speech. */
    record AwaitingSummary(long meetingId, long speechId) implements DialogState {
    }
    private static final int GENERAL = 0;
    private static final Duration CHECK_IN_AHEAD = Duration.ofHours(1);
    private static final int LABEL_LENGTH = 40;

    private final Meetings meetings;
    private final MeetingMinutes minutes;
    private final Attendance attendance;

    SpeechCommand(Meetings meetings, MeetingMinutes minutes, Attendance attendance) {
        super(NAME, "speech", Access.MEMBER, false, CellScope.MANAGED);
        this.meetings = meetings;
        this.minutes = minutes;
        this.attendance = attendance;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        List<Long> numbers = new ArrayList<>();
        for (String word : arguments.strip().split("\\s+")) {
            if (word.matches("\\d{1,18}")) {
                numbers.add(Long.parseLong(word));
            }
        }
        Optional<Meeting> meeting = numbers.isEmpty() ? underWay(me)
                : meetings.meeting(numbers.get(0)).filter(found -> found.cellId() == me.unit().id());
        if (meeting.isEmpty()) {
            return List.of(chat.reply("speech.noMeeting"));
        }
        if (!mayRecord(me, meeting.get())) {
            return List.of(chat.reply("speech.notAllowed"));
        }
        if (numbers.size() < 2) {
            return List.of(speakers(chat, meeting.get()));
        }
        long speaker = numbers.get(1);
        List<MeetingMinutes.AgendaItem> agenda = minutes.agenda(meeting.get());
        if (numbers.size() < 3 && !agenda.isEmpty()) {
            return List.of(items(chat, meeting.get(), speaker, agenda));
        }
        Integer item = numbers.size() < 3 || numbers.get(2) == GENERAL ? null : numbers.get(2).intValue();
        return record(chat, meeting.get(), speaker, item);
    }

    @Override
    public List<OutboundMessage> continueDialog(ChatContext chat, DialogState state, String input) {
        var awaiting = (AwaitingSummary) state;
        Meeting meeting = meetings.meeting(awaiting.meetingId()).orElseThrow();
        Outcome<MeetingMinutes.Speech, String> summarized = minutes.summarize(meeting, awaiting.speechId(), input);
        if (summarized instanceof Outcome.Refused<MeetingMinutes.Speech, String> refused) {
            chat.awaitReply(awaiting);
            return List.of(chat.reply(refused.first()));
        }
        return List.of(OutboundMessage.withButtons(chat.text("speech.summarized", summarized.orElseThrow().fullName()),
                List.of(next(chat, meeting))));
    }

    private List<OutboundMessage> record(ChatContext chat, Meeting meeting, long speaker, Integer item) {
        Outcome<MeetingMinutes.Speech, String> recorded = minutes.recordSpeech(meeting, speaker, item, null);
        if (recorded instanceof Outcome.Refused<MeetingMinutes.Speech, String> refused) {
            return List.of(chat.reply(refused.first()));
        }
        MeetingMinutes.Speech speech = recorded.orElseThrow();
        chat.awaitReply(new AwaitingSummary(meeting.id(), speech.id()));
        String on = item == null ? chat.text("speech.general") : chat.text("minutes.doc.onItem", item);
        return List.of(OutboundMessage.withButtons(chat.text("speech.recorded", speech.fullName(), on),
                List.of(next(chat, meeting))));
    }

    /** The members present to pick the speaker from; all the cell's members while nobody is checked in yet. */
    private OutboundMessage speakers(ChatContext chat, Meeting meeting) {
        List<AttendanceLine> lines = attendance.attendance(meeting);
        List<AttendanceLine> present = lines.stream().filter(line -> Boolean.TRUE.equals(line.present())).toList();
        var text = new StringBuilder(chat.text("speech.pick"));
        for (MeetingMinutes.Speech speech : minutes.speeches(meeting)) {
            text.append("\n• ").append(speech.fullName());
            if (speech.item() != null) {
                text.append(" (").append(chat.text("minutes.doc.onItem", speech.item())).append(')');
            }
            if (speech.summary() != null) {
                text.append(": ").append(speech.summary());
            }
        }
        List<Button> buttons = (present.isEmpty() ? lines : present).stream()
                .map(line -> new Button(line.member().fullName(), "/" + NAME + " " + meeting.id() + " " + line.member().id()))
                .toList();
        return OutboundMessage.withButtons(text.toString(), buttons);
    }

    private OutboundMessage items(ChatContext chat, Meeting meeting, long speaker, List<MeetingMinutes.AgendaItem> agenda) {
        var buttons = new ArrayList<Button>();
        String prefix = "/" + NAME + " " + meeting.id() + " " + speaker + " ";
        for (MeetingMinutes.AgendaItem item : agenda) {
            String title = item.title().length() > LABEL_LENGTH ? item.title().substring(0, LABEL_LENGTH - 1) + "…" : item.title();
            buttons.add(new Button(item.position() + ". " + title, prefix + item.position()));
        }
        buttons.add(new Button(chat.text("speech.general"), prefix + GENERAL));
        return OutboundMessage.withButtons(chat.text("speech.pickItem"), buttons);
    }

    private Button next(ChatContext chat, Meeting meeting) {
        return new Button(chat.text("speech.button.next"), "/" + NAME + " " + meeting.id());
    }

    /** The cell's secretary or deputy, an admin, or the member named to take this meeting's notes. */
    private boolean mayRecord(Member me, Meeting meeting) {
        return me.role().leadsCell() || me.role() == Role.ADMIN
                || minutes.noteTakerId(meeting).filter(id -> id == me.id()).isPresent();
    }

    /** The cell's meeting that has begun in the last hours or opens its check-in within the hour. */
    private Optional<Meeting> underWay(Member me) {
        return meetings.underWay(me.unit(), CHECK_IN_AHEAD);
    }
}
