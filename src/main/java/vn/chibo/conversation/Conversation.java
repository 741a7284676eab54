package vn.chibo.conversation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.chibo.organization.Invite;
import vn.chibo.organization.Member;
import vn.chibo.organization.OrgUnit;
import vn.chibo.organization.Organization;
import vn.chibo.organization.Role;
import vn.chibo.text.Languages;
import vn.chibo.text.VietnameseText;

/**
 * The platform-free core: one inbound message in, the replies to that chat out. A slash command (typed or
 * from a button) starts afresh; a plain message answers the open dialog; anything else gets a short hint.
 */
@Service
public class Conversation {

    private static final Logger log = LoggerFactory.getLogger(Conversation.class);
    /** "@Bot /ketnoi": in a Zalo group the bot sees a command only when it is mentioned first. */
    private static final Pattern MENTION = Pattern.compile("^@\\S+\\s+(?=/)");
    /** "/name@bot_username arguments": the bot's username, when given, says which bot the command is for. */
    private static final Pattern COMMAND = Pattern.compile("/([A-Za-z0-9_]+)(?:@(\\S+))?\\s*(.*)", Pattern.DOTALL);

    private final CommandRegistry commands;
    private final StartCommand start;
    private final DialogStore dialogs;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;
    private final ConversationProperties properties;
    private final List<PlainTextHandler> plainTextHandlers;
    private final CellChoice cellChoice;
    private final String botUsername;

    Conversation(CommandRegistry commands, StartCommand start, DialogStore dialogs, Organization organization,
                 MessageSource messages, Clock clock, ConversationProperties properties,
                 List<PlainTextHandler> plainTextHandlers, @Value("${chibo.telegram.bot-username}") String botUsername) {
        this.botUsername = botUsername;
        this.plainTextHandlers = plainTextHandlers;
        this.cellChoice = new CellChoice(organization, commands);
        this.commands = commands;
        this.start = start;
        this.dialogs = dialogs;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
        this.properties = properties;
    }

    /** What the bot does with a message typed in a group chat (a button pressed there is its presser's own). */
    public enum InGroup {
        /** A group command (/ketnoi, /ngatketnoi): answered in the group. */
        ANSWER_IN_GROUP,
        /** Any other command of this bot: one line in the group, the answer in the sender's private chat. */
        ANSWER_IN_PRIVATE,
        /** Plain talk, another bot's command, a command the bot does not have: not the bot's business. */
        IGNORE
    }

    /**
     * How a message typed in a group is answered: only the group commands are answered there, so that nothing a
     * leader's command gives (a sign-in link, an invite or check-in code, names) is posted to everyone.
     */
    public InGroup inGroup(InboundMessage message) {
        var command = COMMAND.matcher(typed(message));
        if (!command.matches() || addressedElsewhere(command)) {
            return InGroup.IGNORE;
        }
        return commands.find(command.group(1).toLowerCase(Locale.ROOT))
                .map(found -> found.forGroups() ? InGroup.ANSWER_IN_GROUP : InGroup.ANSWER_IN_PRIVATE)
                .orElse(InGroup.IGNORE);
    }

    /** The one notice a chat gets when it sends more messages than the bot answers in a minute. */
    public OutboundMessage slowDown(InboundMessage message) {
        return notice(message, "hint.slowDown");
    }

    /** The one line a group gets for a command answered in private. */
    public OutboundMessage answeredInPrivate(InboundMessage message) {
        return notice(message, "group.answeredInPrivate");
    }

    /** A text of no arguments, in the language the message came in. */
    private OutboundMessage notice(InboundMessage message, String key) {
        return OutboundMessage.text(messages.getMessage(key, null, Languages.of(message.languageCode())));
    }

    private static String typed(InboundMessage message) {
        String input = message.buttonPayload() != null ? message.buttonPayload() : message.text();
        return input == null ? "" : MENTION.matcher(VietnameseText.visible(input).strip()).replaceFirst("");
    }

    /** "/trogiup@other_bot": written for another bot in the same chat. */
    private boolean addressedElsewhere(Matcher command) {
        return command.group(2) != null && !command.group(2).equalsIgnoreCase(botUsername);
    }

    /** A command and its one-line description, as a platform's command menu shows them. */
    public record MenuEntry(String command, String description) {
    }

    /**
     * The commands a person with this role may use, under the names of the locale's language; for everyone
     * and plain members alike when {@code role} is {@link Role#MEMBER}.
     */
    public List<MenuEntry> menu(Role role, Locale locale) {
        return commands.all().stream()
                .filter(command -> command.access().allows(role))
                .map(command -> menuEntry(command, locale))
                .toList();
    }

    /** The commands for a group chat's "/" menu. */
    public List<MenuEntry> groupMenu(Locale locale) {
        return commands.all().stream().filter(ChatCommand::forGroups).map(command -> menuEntry(command, locale)).toList();
    }

    private MenuEntry menuEntry(ChatCommand command, Locale locale) {
        return new MenuEntry(CommandRegistry.shownName(command, locale), messages.getMessage(command.descriptionKey(), null, locale));
    }

    public List<OutboundMessage> handle(InboundMessage message) {
        Locale locale = Languages.of(message.languageCode());
        try {
            Optional<Member> member = organization.recognize(message.channel(), message.platformUserId(),
                    message.chatId(), message.languageCode());
            var chat = new ChatContext(message, member, locale, messages, clock);
            return route(chat);
        } catch (RuntimeException e) {
            log.error("Could not handle a {} message in chat {}", message.channel(), message.chatId(), e);
            return List.of(failureReply(message));
        }
    }

    /** What the user is told when their message could not be handled at all. */
    public OutboundMessage failureReply(InboundMessage message) {
        return notice(message, "error.unexpected");
    }

    private List<OutboundMessage> route(ChatContext chat) {
        InboundMessage message = chat.message();
        if (message.contact() != null) {
            dialogs.clear(message);
            return start.linkByContact(chat);
        }
        String input = typed(message);
        var command = COMMAND.matcher(input);
        if (command.matches()) {
            if (addressedElsewhere(command)) {
                return List.of();
            }
            dialogs.clear(message);
            return run(chat, command.group(1).toLowerCase(Locale.ROOT), command.group(3).strip());
        }
        var open = dialogs.find(message, clock.instant().minus(properties.dialogTimeToLive()));
        if (open.isPresent() && (!input.isEmpty() || message.attachment() != null)) {
            ChatCommand owner = commands.find(open.get().command()).orElseThrow();
            Dialog dialog = open.get().dialog();
            ChatContext answering = cellChoice.resumed(chat, dialog).orElse(chat);
            return withDialog(answering, owner, owner.continueDialog(answering, dialog.state(), input));
        }
        if (chat.member().isEmpty() && Invite.looksLikeCode(input)) {
            return run(chat, "start", input);
        }
        if (chat.member().isPresent() && !input.isEmpty()) {
            for (PlainTextHandler handler : plainTextHandlers) {
                var answer = handler.handle(chat, input);
                if (answer.isPresent()) {
                    return withDialog(chat, null, answer.get());
                }
            }
        }
        if (input.isEmpty() && message.attachment() != null) {
            return List.of(chat.reply("hint.attachment"));
        }
        return List.of(chat.reply(chat.member().isPresent() ? "hint.unknown" : "hint.unlinked"));
    }

    private List<OutboundMessage> run(ChatContext chat, String name, String arguments) {
        Optional<ChatCommand> found = commands.find(name);
        if (found.isEmpty()) {
            var help = commands.help().handle(chat, "");
            return List.of(chat.reply("hint.unknownCommand", name), help.get(0));
        }
        ChatCommand command = found.get();
        if (!command.access().allows(chat.member())) {
            return List.of(chat.reply(chat.member().isEmpty() ? "hint.unlinked" : "hint.notAllowed"));
        }
        if (command.cellScope() == CellScope.OWN && chat.member().filter(member -> member.unit().isCell()).isEmpty()) {
            return List.of(chat.reply("command.cellOnly"));
        }
        if (CellChoice.needed(command, chat)) {
            var chosen = cellChoice.chosen(chat, arguments);
            if (chosen.isEmpty()) {
                return List.of(cellChoice.ask(chat, command, arguments.replaceFirst("^@\\d+\\s*", "")));
            }
            return withDialog(chosen.get().chat(), command, command.handle(chosen.get().chat(), chosen.get().arguments()));
        }
        return withDialog(chat, command, command.handle(chat, arguments));
    }

    private List<OutboundMessage> withDialog(ChatContext chat, ChatCommand command, List<OutboundMessage> replies) {
        var next = chat.nextDialog();
        Optional<OrgUnit> acting = chat.actingCell();
        if (next.isPresent() && command != null) {
            dialogs.save(chat.message(), command.name(), new Dialog(next.get(), acting.map(OrgUnit::id).orElse(null)),
                    clock.instant());
        } else {
            dialogs.clear(chat.message());
        }
        return acting.map(cell -> cellChoice.keep(replies, cell)).orElse(replies);
    }
}
