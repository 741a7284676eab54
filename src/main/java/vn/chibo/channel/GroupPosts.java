package vn.chibo.channel;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.CellGroups;
import vn.chibo.organization.ChatChannel;
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
                forPlatform(group, message.apply(Languages.VIETNAMESE)), "group:" + group.chatId() + ":" + key));
    }

    /**
     * Zalo has no buttons: its numbered choices are answered by typing, which the bot does not see in a group, so
     * a Zalo group gets the text and is told to answer in private.
     */
    private OutboundMessage forPlatform(CellGroups.CellGroup group, OutboundMessage message) {
        if (group.channel() != ChatChannel.ZALO || message.allButtons().isEmpty()) {
            return message;
        }
        return OutboundMessage.text(message.text() + "\n\n"
                + messages.getMessage("group.answerPrivately", null, Languages.VIETNAMESE));
    }

    @ApplicationModuleListener
    void lost(CellGroups.CellGroupLost lost) {
        List<Long> leaders = organization.unit(lost.group().cellId()).map(organization::membersOf).orElse(List.of())
                .stream().filter(member -> member.role().leadsCell()).map(Member::id).toList();
        outbox.toMembers(leaders, Outbox.NoticeKey.of("group-lost", lost.group().chatId(), lost.group().linkedAt().toEpochMilli()),
                locale -> OutboundMessage.text(messages.getMessage("group.lost", null, locale)));
    }
}
