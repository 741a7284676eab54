package vn.chibo.record;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.chibo.conversation.Access;
import vn.chibo.conversation.CellScope;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundFile;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Member;

/** /bienban (/minutes): the minutes of the cell's latest meeting that has begun, as a Word document. */
@Component
class MinutesCommand extends NamedCommand {

    /** How far back the latest meeting is looked for. */
    private static final Duration LOOK_BACK = Duration.ofDays(62);

    private final Meetings meetings;
    private final MinutesFiles files;
    private final MeetingTexts meetingTexts;
    private final Clock clock;

    MinutesCommand(Meetings meetings, MinutesFiles files, MeetingTexts meetingTexts, Clock clock) {
        super("bienban", "minutes", Access.CELL_LEADER, true, CellScope.MANAGED);
        this.meetings = meetings;
        this.files = files;
        this.meetingTexts = meetingTexts;
        this.clock = clock;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Member me = chat.member().orElseThrow();
        Instant now = clock.instant();
        Optional<Meeting> latest = meetings.between(me.unit(), now.minus(LOOK_BACK), now.plusSeconds(1)).stream()
                .filter(meeting -> !meeting.cancelled()).max(Comparator.comparing(Meeting::startsAt));
        if (latest.isEmpty()) {
            return List.of(chat.reply("minutes.noMeeting"));
        }
        MinutesFiles.File file = files.minutes(latest.get(), chat.locale());
        return List.of(OutboundMessage.withFile(chat.text("minutes.caption", meetingTexts.line(latest.get(), chat.locale())),
                new OutboundFile(OutboundFile.Kind.DOCUMENT, file.name(), MinutesFiles.DOCX, file.content())));
    }
}
