package vn.chibo.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Every command by each of its names, in the order help lists them; help is built in, as it lists the others. */
@Component
class CommandRegistry {

    private final List<ChatCommand> commands;
    private final Map<String, ChatCommand> byName = new HashMap<>();

    CommandRegistry(List<ChatCommand> contributed) {
        var all = new ArrayList<ChatCommand>();
        all.add(new HelpCommand(this));
        all.addAll(contributed);
        all.sort(Comparator.comparing(ChatCommand::access).thenComparing(ChatCommand::name));
        this.commands = List.copyOf(all);
        for (ChatCommand command : commands) {
            register(command.name(), command);
            command.aliases().forEach(alias -> register(alias, command));
        }
    }

    private void register(String name, ChatCommand command) {
        ChatCommand clash = byName.putIfAbsent(name, command);
        if (clash != null) {
            throw new IllegalStateException("Command /" + name + " is claimed twice: by "
                    + clash.getClass().getName() + " and " + command.getClass().getName());
        }
    }

    /** The name to show: the English alias to English speakers where there is one, else the Vietnamese name. */
    static String shownName(ChatCommand command, Locale locale) {
        boolean english = locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
        return english && !command.aliases().isEmpty() ? command.aliases().get(0) : command.name();
    }

    Optional<ChatCommand> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    List<ChatCommand> all() {
        return commands;
    }

    ChatCommand help() {
        return byName.get("trogiup");
    }
}
