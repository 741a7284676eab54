package vn.chibo.conversation;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.chibo.common.Outcome;
import vn.chibo.organization.CellGroups;

/** /ngatketnoi (/unlinkgroup), in the linked group, by a leader of its cell: the bot stops posting there. */
@Component
class GroupUnlinkCommand extends NamedCommand {

    private final CellGroups groups;

    GroupUnlinkCommand(CellGroups groups) {
        super("ngatketnoi", "unlinkgroup", Access.CELL_LEADER, false);
        this.groups = groups;
    }

    @Override
    public boolean forGroups() {
        return true;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        InboundMessage message = chat.message();
        if (!message.inGroup()) {
            return List.of(chat.reply("group.sendInGroup"));
        }
        Outcome<CellGroups.CellGroup, String> unlinked = groups.unlink(chat.member().orElseThrow(), message.channel(),
                message.chatId());
        if (unlinked instanceof Outcome.Refused<CellGroups.CellGroup, String> refused) {
            return List.of(chat.reply(refused.first()));
        }
        return List.of(chat.reply("group.unlinked"));
    }
}
