package vn.chibo.conversation;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.chibo.Outcome;
import vn.chibo.organization.CellGroups;
import vn.chibo.organization.ChatChannel;
import vn.chibo.organization.Member;

/**
 * /ketnoi (/linkgroup), sent in the cell's Telegram group by its secretary or deputy: the group then gets the
 * cell's meeting notices, the reminder two hours before, check-in and the summary after the meeting.
 */
@Component
class GroupLinkCommand extends NamedCommand {

    private final CellGroups groups;

    GroupLinkCommand(CellGroups groups) {
        super("ketnoi", "linkgroup", Access.CELL_LEADER, false);
        this.groups = groups;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        InboundMessage message = chat.message();
        if (message.channel() != ChatChannel.TELEGRAM) {
            return List.of(chat.reply("group.telegramOnly"));
        }
        if (!inGroup(message)) {
            return List.of(chat.reply("group.sendInGroup"));
        }
        Member me = chat.member().orElseThrow();
        Outcome<CellGroups.CellGroup, String> linked = groups.link(me, message.channel(), message.chatId());
        if (linked instanceof Outcome.Refused<CellGroups.CellGroup, String> refused) {
            return List.of(chat.reply(refused.first()));
        }
        return List.of(chat.reply("group.linked", me.unit().name()));
    }

    /** A message from a group: its chat is not the sender's own. */
    static boolean inGroup(InboundMessage message) {
        return message.chatId() != null && !message.chatId().equals(message.platformUserId());
    }
}
