package vn.chibo.channel.telegram;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;

import vn.chibo.organization.CellGroups;
import vn.chibo.organization.ChatChannel;

/**
 * What Telegram says of a linked group itself: the bot removed from it, noticed at once rather than at the next
 * post, and the group become a supergroup under a new id, which the link follows so posts keep arriving.
 */
class TelegramGroupChanges {

    private static final Logger log = LoggerFactory.getLogger(TelegramGroupChanges.class);
    private static final Set<String> GONE = Set.of("left", "kicked");

    private final CellGroups cellGroups;

    TelegramGroupChanges(CellGroups cellGroups) {
        this.cellGroups = cellGroups;
    }

    void read(Update update) {
        if (update.hasMyChatMember()) {
            ChatMemberUpdated change = update.getMyChatMember();
            long chatId = change.getChat().getId();
            String status = change.getNewChatMember() == null ? null : change.getNewChatMember().getStatus();
            if (chatId < 0 && GONE.contains(status)) {
                cellGroups.lost(ChatChannel.TELEGRAM, String.valueOf(chatId), "the bot's status in the group became " + status);
            }
        } else if (update.hasMessage() && update.getMessage().getMigrateToChatId() != null) {
            moved(String.valueOf(update.getMessage().getChatId()), update.getMessage().getMigrateToChatId());
        } else if (update.hasMessage() && update.getMessage().getMigrateFromChatId() != null) {
            moved(String.valueOf(update.getMessage().getMigrateFromChatId()), update.getMessage().getChatId());
        }
    }

    void moved(String fromChatId, long toChatId) {
        if (cellGroups.moved(ChatChannel.TELEGRAM, fromChatId, String.valueOf(toChatId))) {
            log.info("Telegram group {} became supergroup {}; its cell's link follows", fromChatId, toChatId);
        }
    }
}
