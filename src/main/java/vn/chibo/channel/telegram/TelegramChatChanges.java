package vn.chibo.channel.telegram;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;

import vn.chibo.organization.CellGroups;
import vn.chibo.organization.ChatChannel;
import vn.chibo.organization.Organization;

/**
 * What Telegram says of a chat itself, noticed at once rather than at the next message there: a member who
 * blocked the bot is unreachable (the secretary sees it until they write again), a linked group the bot was
 * removed from is unlinked, and a group become a supergroup under a new id keeps its link.
 */
class TelegramChatChanges {

    private static final Logger log = LoggerFactory.getLogger(TelegramChatChanges.class);
    private static final Set<String> GONE = Set.of("left", "kicked");

    private final CellGroups cellGroups;
    private final Organization organization;

    TelegramChatChanges(CellGroups cellGroups, Organization organization) {
        this.cellGroups = cellGroups;
        this.organization = organization;
    }

    /** Never throws: what Telegram said of a chat must not keep the rest of its batch from being answered. */
    void read(Update update) {
        try {
            notice(update);
        } catch (RuntimeException e) {
            log.error("Could not take in Telegram's change of chat in update {}", update.getUpdateId(), e);
        }
    }

    private void notice(Update update) {
        if (update.hasMyChatMember()) {
            ChatMemberUpdated change = update.getMyChatMember();
            String chatId = String.valueOf(change.getChat().getId());
            String status = change.getNewChatMember() == null ? null : change.getNewChatMember().getStatus();
            if (TelegramSender.isGroup(chatId) && GONE.contains(status)) {
                cellGroups.lost(ChatChannel.TELEGRAM, chatId, "the bot's status in the group became " + status);
            } else if (!TelegramSender.isGroup(chatId) && "kicked".equals(status)) {
                organization.markUnreachable(ChatChannel.TELEGRAM, chatId, "Forbidden: bot was blocked by the user");
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
