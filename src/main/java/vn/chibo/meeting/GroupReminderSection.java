package vn.chibo.meeting;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.chibo.channel.GroupPosts;
import vn.chibo.conversation.OutboundMessage;

/** At the last stage, a short notice to the cell's group, once, after anything else the stage posts there. */
@Component
@Order(100)
class GroupReminderSection implements ReminderSection {

    private final MeetingTexts texts;
    private final GroupPosts groupPosts;

    GroupReminderSection(MeetingTexts texts, GroupPosts groupPosts) {
        this.texts = texts;
        this.groupPosts = groupPosts;
    }

    @Override
    public Part prepare(Meeting meeting, ReminderStage stage) {
        return new Part() {
            @Override
            public void afterQueued() {
                if (stage.last()) {
                    groupPosts.post(meeting.cellId(), "reminder:" + meeting.id(),
                            locale -> OutboundMessage.text(texts.reminderNotice("group.reminder", meeting, locale)));
                }
            }
        };
    }
}
