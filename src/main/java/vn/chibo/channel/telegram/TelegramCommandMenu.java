package vn.chibo.channel.telegram;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import vn.chibo.conversation.Conversation;
import vn.chibo.organization.ChatAccountLinked;
import vn.chibo.organization.ChatChannel;
import vn.chibo.organization.Role;
import vn.chibo.text.Languages;

/**
 * The "/" menu in Telegram, in Vietnamese and (for English apps) English: everyone's commands for private chats,
 * the group-linking ones for groups, and a fuller menu in the chat of each secretary, deputy and admin, set when
 * they link.
 */
class TelegramCommandMenu {

    private static final Logger log = LoggerFactory.getLogger(TelegramCommandMenu.class);
    private static final int MAX_DESCRIPTION = 256;

    private final TelegramClient client;
    private final Conversation conversation;

    TelegramCommandMenu(TelegramClient client, Conversation conversation) {
        this.client = client;
        this.conversation = conversation;
    }

    /** Everyone's commands in private chats; in groups only those sent there (linking the cell's group). */
    void registerDefault() {
        register(new BotCommandScopeDefault(), locale -> conversation.menu(Role.MEMBER, locale));
        register(new BotCommandScopeAllGroupChats(), conversation::groupMenu);
    }

    @ApplicationModuleListener
    void onLinked(ChatAccountLinked linked) {
        if (linked.channel() == ChatChannel.TELEGRAM && linked.role() != Role.MEMBER) {
            register(BotCommandScopeChat.builder().chatId(linked.chatId()).build(),
                    locale -> conversation.menu(linked.role(), locale));
        }
    }

    private void register(BotCommandScope scope, Function<Locale, List<Conversation.MenuEntry>> menu) {
        for (Locale locale : Languages.SUPPORTED) {
            List<BotCommand> commands = menu.apply(locale).stream()
                    .map(entry -> new BotCommand(entry.command(), shorten(entry.description())))
                    .toList();
            var request = SetMyCommands.builder().commands(commands).scope(scope);
            if (!locale.equals(Languages.VIETNAMESE)) {
                request.languageCode(locale.getLanguage());
            }
            try {
                client.execute(request.build());
            } catch (TelegramApiException e) {
                log.warn("Could not set the Telegram command menu ({}, {}): {}", scope.getType(), locale, e.toString());
            }
        }
    }

    private static String shorten(String description) {
        return description.length() <= MAX_DESCRIPTION ? description : description.substring(0, MAX_DESCRIPTION - 1) + "…";
    }
}
