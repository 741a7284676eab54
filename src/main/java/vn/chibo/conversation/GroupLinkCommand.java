package vn.chibo.conversation;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.chibo.common.Outcome;
import vn.chibo.organization.CellGroups;
import vn.chibo.organization.ChatChannel;
import vn.chibo.organization.Member;

/**
 * /ketnoi (/linkgroup), sent in the cell's Telegram group (or Zalo group, with chibo.zalo.groups on) by its
 * secretary or deputy: the group then gets the cell's posts (see GroupPosts).
 */
@Component
class GroupLinkCommand extends NamedCommand {

    private final CellGroups groups;
    private final boolean zaloGroups;

    GroupLinkCommand(CellGroups groups, @Value("${chibo.zalo.groups:false}") boolean zaloGroups) {
        super("ketnoi", "linkgroup", Access.CELL_LEADER, false);
        this.groups = groups;
        this.zaloGroups = zaloGroups;
    }

    @Override
    public boolean forGroups() {
        return true;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        InboundMessage message = chat.message();
        if (message.channel() != ChatChannel.TELEGRAM && !(message.channel() == ChatChannel.ZALO && zaloGroups)) {
            return List.of(chat.reply("group.telegramOnly"));
        }
        if (!message.inGroup()) {
            return List.of(chat.reply("group.sendInGroup"));
        }
        Member me = chat.member().orElseThrow();
        Outcome<CellGroups.CellGroup, String> linked = groups.link(me, message.channel(), message.chatId());
        if (linked instanceof Outcome.Refused<CellGroups.CellGroup, String> refused) {
            return List.of(chat.reply(refused.first()));
        }
        return List.of(chat.reply("group.linked", me.unit().name()));
    }
}
