package vn.chibo.attendance;


import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.chibo.channel.GroupPosts;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.meeting.Meeting;
import vn.chibo.meeting.MeetingChanged;
import vn.chibo.meeting.MeetingTexts;

/**
 * What a cell's group hears of its meetings: a new, moved or changed meeting with the reply buttons (a press
 * is recorded for whoever pressed, and answered in private), a cancelled one, and that check-in opened (the
 * code is read out in the room, never posted). The counts after check-in closes come from statistics.
 */
@Component
class GroupAnnouncements {

    private final GroupPosts posts;
    private final MeetingTexts texts;
    private final MessageSource messages;
    private final RsvpButtons buttons;

    GroupAnnouncements(GroupPosts posts, MeetingTexts texts, MessageSource messages, RsvpButtons buttons) {
        this.buttons = buttons;
        this.posts = posts;
        this.texts = texts;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void changed(MeetingChanged change) {
        Meeting meeting = change.meeting();
        posts.post(meeting.cellId(), "meeting:" + meeting.id() + ":v" + meeting.version(), locale -> {
            String text = texts.announcement(change, locale);
            return change.what() == MeetingChanged.What.CANCELLED ? OutboundMessage.text(text)
                    : OutboundMessage.withButtons(text, buttons.choices(meeting, locale));
        });
    }

    @ApplicationModuleListener
    void opened(CheckInOpened opened) {
        Meeting meeting = opened.meeting();
        posts.post(meeting.cellId(), "check-in:" + meeting.id(), locale -> OutboundMessage.text(
                messages.getMessage("group.checkInOpen", new Object[] {texts.line(meeting, locale)}, locale)));
    }
}
