package vn.chibo.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.chibo.conversation.OutboundFile;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/** The meeting's own part of a reminder: the notice (what, when, where) and the documents added since the stage before. */
@Component
@Order(0)
class MeetingReminderSection implements ReminderSection {

    private final MeetingTexts texts;
    private final MeetingDocuments documents;

    private final Organization organization;

    MeetingReminderSection(MeetingTexts texts, MeetingDocuments documents, Organization organization) {
        this.organization = organization;
        this.texts = texts;
        this.documents = documents;
    }

    @Override
    public Part prepare(Meeting meeting, ReminderStage stage) {
        List<OutboundFile> files = documents.filesAddedAfter(meeting, stage.previousSentAt());
        Map<String, String> meetingFields = texts.phoneFields(meeting,
                organization.unit(meeting.cellId()).map(OrgUnit::name).orElse(""));
        return new Part() {
            @Override
            public void write(long memberId, Locale locale, ReminderMessage message) {
                files.forEach(message::file);
                message.paragraph(texts.reminderNotice("reminder.text", meeting, locale));
            }

            @Override
            public void phoneFields(long memberId, Map<String, String> fields) {
                fields.putAll(meetingFields);
            }
        };
    }
}
