package vn.chibo.attendance;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.chibo.channel.GroupPosts;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingChanged;
import vn.chibo.meeting.MeetingTexts;
import vn.chibo.meeting.Meetings;
import vn.chibo.organization.Exemptions;

/**
 * What a cell's group hears of its meetings: a new, moved or changed meeting with the reply buttons (a press
 * is recorded for whoever pressed, and answered in private), a cancelled one, that check-in opened (the code
 * is read out in the room, never posted), and once it closes the counts, with no names and no reasons.
 */
@Component
class GroupAnnouncements {

    private final GroupPosts posts;
    private final Attendance attendance;
    private final Meetings meetings;
    private final MeetingTexts texts;
    private final Exemptions exemptions;
    private final MessageSource messages;
    private final RsvpButtons buttons;

    GroupAnnouncements(GroupPosts posts, Attendance attendance, Meetings meetings, MeetingTexts texts,
                       Exemptions exemptions, MessageSource messages, RsvpButtons buttons) {
        this.buttons = buttons;
        this.posts = posts;
        this.attendance = attendance;
        this.meetings = meetings;
        this.texts = texts;
        this.exemptions = exemptions;
        this.messages = messages;
    }

    @EventListener
    void changed(MeetingChanged change) {
        Meeting meeting = change.meeting();
        posts.post(meeting.cellId(), "meeting:" + meeting.id() + ":v" + meeting.version(), locale -> {
            String text = texts.announcement(change, locale);
            return change.what() == MeetingChanged.What.CANCELLED ? OutboundMessage.text(text)
                    : OutboundMessage.withButtons(text, buttons.choices(meeting, locale));
        });
    }

    @EventListener
    void opened(CheckInOpened opened) {
        Meeting meeting = opened.meeting();
        posts.post(meeting.cellId(), "check-in:" + meeting.id(), locale -> OutboundMessage.text(
                messages.getMessage("group.checkInOpen", new Object[] {texts.line(meeting, locale)}, locale)));
    }

    @EventListener
    void closed(CheckInClosed closed) {
        Meeting meeting = meetings.meeting(closed.meetingId()).orElseThrow();
        Exemptions.Calendar calendar = exemptions.calendar();
        List<AttendanceLine> expected = attendance.attendance(meeting).stream()
                .filter(line -> !calendar.exempt(line.member().id(), meeting.startsAt().toLocalDate())).toList();
        long present = expected.stream().filter(line -> Boolean.TRUE.equals(line.present())).count();
        long excused = expected.stream().filter(line -> Boolean.FALSE.equals(line.present())
                && line.reply() == Reply.ABSENT_WITH_REASON).count();
        long unexcused = expected.stream().filter(line -> Boolean.FALSE.equals(line.present())).count() - excused;
        posts.post(meeting.cellId(), "summary:" + meeting.id(), locale -> OutboundMessage.text(messages.getMessage(
                "group.summary", new Object[] {texts.line(meeting, locale), present, expected.size(), excused, unexcused},
                locale)));
    }
}
