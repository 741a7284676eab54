package vn.chibo.meeting;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.chibo.channel.Outbox;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;

/**
 * Tells every member of the cell of a change, on the platform they used last, in the transaction of the
 * change itself: the change and its announcements commit together or not at all. (The cell's group hears of it
 * with the reply buttons, from attendance.)
 */
@Component
class MeetingNotifier {

    private final Organization organization;
    private final Outbox outbox;
    private final MeetingTexts texts;

    MeetingNotifier(Organization organization, Outbox outbox, MeetingTexts texts) {
        this.organization = organization;
        this.outbox = outbox;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void announce(MeetingChanged change) {
        Meeting meeting = change.meeting();
        OrgUnit cell = organization.unit(meeting.cellId()).orElseThrow();
        outbox.toMembers(organization.membersOf(cell).stream().map(Member::id).toList(),
                Outbox.NoticeKey.of("meeting", meeting.id(), "v" + meeting.version()),
                locale -> OutboundMessage.text(texts.announcement(change, locale)));
    }
}
