package vn.chibo.conversation;

import java.util.ArrayList;
import java.util.List;

/** /trogiup (/help): the commands this user may use, in their language, and buttons for the simple ones. */
final class HelpCommand implements ChatCommand {

    private final CommandRegistry registry;

    HelpCommand(CommandRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "trogiup";
    }

    @Override
    public List<String> aliases() {
        return List.of("help");
    }

    @Override
    public Access access() {
        return Access.ANYONE;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        var text = new StringBuilder(chat.text(chat.member().isPresent() ? "help.title" : "help.title.unlinked"));
        var buttons = new ArrayList<Button>();
        for (ChatCommand command : registry.all()) {
            if (!command.access().allows(chat.member())) {
                continue;
            }
            text.append('\n').append('/').append(CommandRegistry.shownName(command, chat.locale())).append(" — ").append(chat.text(command.descriptionKey()));
            if (command.offeredAsButton()) {
                buttons.add(new Button(chat.text("command." + command.name() + ".button"), "/" + command.name()));
            }
        }
        return List.of(OutboundMessage.withButtons(text.toString(), buttons));
    }
}
