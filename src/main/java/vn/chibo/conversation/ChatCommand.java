package vn.chibo.conversation;

import java.util.List;

/**
 * A slash command. Feature modules contribute their own as beans; the router finds them by name or alias.
 * Names are lower-case ASCII, as Telegram requires.
 */
public interface ChatCommand {

    /** The Vietnamese name, shown in Vietnamese help: "trogiup". */
    String name();

    /** Other names, the English one first: "help". */
    default List<String> aliases() {
        return List.of();
    }

    Access access();

    /** Message key of the one-line description shown in help. */
    default String descriptionKey() {
        return "command." + name() + ".description";
    }

    /** Whether help offers this command as a button; only for commands that need no argument. */
    default boolean offeredAsButton() {
        return false;
    }

    /** Whether the command is sent in a group chat; the group's "/" menu offers only these. */
    default boolean forGroups() {
        return false;
    }

    /** Which cell the command works on; help lists it only to those who can use it. */
    default CellScope cellScope() {
        return CellScope.NONE;
    }

    List<OutboundMessage> handle(ChatContext chat, String arguments);

    /** The user's next message while a dialog this command started is open. */
    default List<OutboundMessage> continueDialog(ChatContext chat, DialogState state, String input) {
        return handle(chat, input);
    }
}
