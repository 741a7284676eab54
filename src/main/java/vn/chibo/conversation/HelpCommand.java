package vn.chibo.conversation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** /trogiup (/help): the commands this user may use, in their language, and buttons for the simple ones. */
final class HelpCommand extends NamedCommand {

    private final CommandRegistry registry;

    HelpCommand(CommandRegistry registry) {
        super("trogiup", "help", Access.ANYONE, false);
        this.registry = registry;
    }

    /**
     * Grouped by who may use them, a member's own commands first, so a secretary finds the cell's among thirty;
     * a reader with one group sees a plain list.
     */
    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        Map<Access, List<ChatCommand>> sections = new EnumMap<>(Access.class);
        for (ChatCommand command : registry.all()) {
            if (command.access().allows(chat.member()) && usable(command, chat)) {
                Access section = command.access() == Access.ANYONE ? Access.MEMBER : command.access();
                sections.computeIfAbsent(section, access -> new ArrayList<>()).add(command);
            }
        }
        var text = new StringBuilder(chat.text(chat.member().isPresent() ? "help.title" : "help.title.unlinked"));
        var buttons = new ArrayList<Button>();
        sections.forEach((access, commands) -> {
            if (sections.size() > 1) {
                text.append("\n\n").append(chat.text("help.section." + access.name()));
            }
            for (ChatCommand command : commands) {
                text.append('\n').append('/').append(CommandRegistry.shownName(command, chat.locale())).append(" — ")
                        .append(chat.text(command.descriptionKey()));
                if (command.offeredAsButton()) {
                    buttons.add(new Button(chat.text("command." + command.name() + ".button"), "/" + command.name()));
                }
            }
        });
        return List.of(OutboundMessage.withButtons(text.toString(), buttons));
    }

    /** A command on one's own cell is no use to an admin outside every cell. */
    private static boolean usable(ChatCommand command, ChatContext chat) {
        return command.cellScope() != CellScope.OWN || chat.member().map(member -> member.unit().isCell()).orElse(false);
    }
}
