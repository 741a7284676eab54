package vn.chibo.meeting;

import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.chibo.channel.Outbox;
import vn.chibo.channel.PhoneNotice;
import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.text.Languages;

/**
 * Tells every member of the cell of a change, on the platform they used last, and a member with no linked chat of a
 * move or a cancellation by phone. (The cell's group hears of it
 * with the reply buttons, from attendance.)
 */
@Component
class MeetingNotifier {

    private final Organization organization;
    private final Outbox outbox;
    private static final Set<MeetingChanged.What> BY_PHONE = Set.of(MeetingChanged.What.MOVED, MeetingChanged.What.CANCELLED);

    private final MeetingTexts texts;
    private final MessageSource messages;

    MeetingNotifier(Organization organization, Outbox outbox, MeetingTexts texts, MessageSource messages) {
        this.messages = messages;
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
                (memberId, locale) -> List.of(OutboundMessage.text(texts.announcement(change, locale))),
                member -> BY_PHONE.contains(change.what()) ? byPhone(change, cell, member) : null);
    }

    /** A move or a cancellation for a member reached by phone; a meeting added is left to its reminders. */
    private PhoneNotice byPhone(MeetingChanged change, OrgUnit cell, Member member) {
        Meeting meeting = change.meeting();
        var fields = new HashMap<>(texts.phoneFields(meeting, cell.name()));
        fields.put("member_name", member.fullName());
        String text = messages.getMessage("meeting.phone." + change.what().name(), new Object[] {cell.name(),
                fields.get("meeting_title"), fields.get("starts_at"), fields.get("place"),
                meeting.cancelReason() == null ? "" : meeting.cancelReason()}, Languages.VIETNAMESE);
        return new PhoneNotice(PhoneNotice.MEETING_CHANGED, member.id(), fields, text);
    }
}
