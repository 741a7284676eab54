package vn.chibo.meeting;

import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.chibo.conversation.OutboundFile;

/** The meeting's own part of a reminder: the notice (what, when, where) and the documents added since the stage before. */
@Component
@Order(0)
class MeetingReminderSection implements ReminderSection {

    private final MeetingTexts texts;
    private final MeetingDocuments documents;

    MeetingReminderSection(MeetingTexts texts, MeetingDocuments documents) {
        this.texts = texts;
        this.documents = documents;
    }

    @Override
    public Part prepare(Meeting meeting, ReminderStage stage) {
        List<OutboundFile> files = documents.filesAddedAfter(meeting, stage.previousSentAt());
        return new Part() {
            @Override
            public void write(long memberId, Locale locale, ReminderMessage message) {
                files.forEach(message::file);
                message.paragraph(texts.reminderNotice("reminder.text", meeting, locale));
            }
        };
    }
}
