package vn.chibo.channel;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.CellGroups;
import vn.chibo.organization.Member;
import vn.chibo.organization.Organization;
import vn.chibo.text.Languages;

/**
 * Posts to a cell's linked group chat, in Vietnamese, through the outbox (which keeps the platform's limit of 20
 * messages a minute to a group), once per key. What goes to a group never names anyone's absence or reason.
 * When the bot can no longer post to a group, its cell's leaders are told in private.
 */
@Component
public class GroupPosts {

    private final CellGroups groups;
    private final Outbox outbox;
    private final Organization organization;
    private final MessageSource messages;

    GroupPosts(CellGroups groups, Outbox outbox, Organization organization, MessageSource messages) {
        this.groups = groups;
        this.outbox = outbox;
        this.organization = organization;
        this.messages = messages;
    }

    /** Posts to the cell's group if it has one; {@code key} makes the post once only ("meeting:12:v3"). */
    public void post(long cellId, String key, Function<Locale, OutboundMessage> message) {
        groups.of(cellId).ifPresent(group -> outbox.enqueue(group.channel(), group.chatId(),
                message.apply(Languages.VIETNAMESE), "group:" + group.chatId() + ":" + key));
    }

    @EventListener
    void lost(CellGroups.CellGroupLost lost) {
        List<Long> leaders = organization.unit(lost.group().cellId()).map(organization::membersOf).orElse(List.of())
                .stream().filter(member -> member.role().leadsCell()).map(Member::id).toList();
        outbox.toMembers(leaders, Outbox.NoticeKey.of("group-lost", lost.group().chatId(), lost.group().linkedAt().toEpochMilli()),
                locale -> OutboundMessage.text(messages.getMessage("group.lost", null, locale)));
    }
}
