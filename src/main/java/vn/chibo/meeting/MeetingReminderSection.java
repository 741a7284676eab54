package vn.chibo.meeting;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.chibo.channel.GroupPosts;
import vn.chibo.conversation.OutboundFile;
import vn.chibo.conversation.OutboundMessage;

/**
 * The meeting's own part of a reminder: the notice (what, when, where), the documents added since the stage before,
 * and at the last stage a short notice to the cell's group.
 */
@Component
@Order(0)
class MeetingReminderSection implements ReminderSection {

    private final MeetingTexts texts;
    private final MeetingDocuments documents;
    private final MessageSource messages;
    private final GroupPosts groupPosts;

    MeetingReminderSection(MeetingTexts texts, MeetingDocuments documents, MessageSource messages, GroupPosts groupPosts) {
        this.texts = texts;
        this.documents = documents;
        this.messages = messages;
        this.groupPosts = groupPosts;
    }

    @Override
    public Part prepare(Meeting meeting, ReminderStage stage) {
        List<OutboundFile> files = documents.filesAddedAfter(meeting, stage.previousSentAt());
        return new Part() {
            @Override
            public void write(long memberId, Locale locale, ReminderMessage message) {
                files.forEach(message::file);
                message.paragraph(notice("reminder.text", meeting, locale));
            }

            @Override
            public void afterQueued() {
                if (stage.last()) {
                    groupPosts.post(meeting.cellId(), "reminder:" + meeting.id(),
                            locale -> OutboundMessage.text(notice("group.reminder", meeting, locale)));
                }
            }
        };
    }

    private String notice(String key, Meeting meeting, Locale locale) {
        return messages.getMessage(key, new Object[] {texts.title(meeting, locale), texts.when(meeting, locale),
                meeting.place()}, locale);
    }
}
