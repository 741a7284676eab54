package vn.chibo.conversation;

import java.util.ArrayList;
import java.util.List;

/** /trogiup (/help): the commands this user may use, in their language, and buttons for the simple ones. */
final class HelpCommand extends NamedCommand {

    private final CommandRegistry registry;

    HelpCommand(CommandRegistry registry) {
        super("trogiup", "help", Access.ANYONE, false);
        this.registry = registry;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        var text = new StringBuilder(chat.text(chat.member().isPresent() ? "help.title" : "help.title.unlinked"));
        var buttons = new ArrayList<Button>();
        for (ChatCommand command : registry.all()) {
            if (!command.access().allows(chat.member()) || !usable(command, chat)) {
                continue;
            }
            text.append('\n').append('/').append(CommandRegistry.shownName(command, chat.locale())).append(" — ").append(chat.text(command.descriptionKey()));
            if (command.offeredAsButton()) {
                buttons.add(new Button(chat.text("command." + command.name() + ".button"), "/" + command.name()));
            }
        }
        return List.of(OutboundMessage.withButtons(text.toString(), buttons));
    }

    /** A command on one's own cell is no use to an admin outside every cell. */
    private static boolean usable(ChatCommand command, ChatContext chat) {
        return command.cellScope() != CellScope.OWN || chat.member().map(member -> member.unit().isCell()).orElse(false);
    }
}
