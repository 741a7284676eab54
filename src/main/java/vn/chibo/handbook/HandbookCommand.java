package vn.chibo.handbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.chibo.conversation.Access;
import vn.chibo.conversation.Button;
import vn.chibo.conversation.ChatContext;
import vn.chibo.conversation.NamedCommand;
import vn.chibo.conversation.OutboundMessage;

/**
 * /sotay (/handbook): alone, the topics; with words, the best matching section in full and the next ones as
 * buttons. Buttons carry "@topic" and "#section", which nobody types as a search.
 */
@Component
class HandbookCommand extends NamedCommand {

    private static final int MORE_MATCHES = 4;

    private final Handbook handbook;

    HandbookCommand(Handbook handbook) {
        super("sotay", "handbook", Access.MEMBER, true);
        this.handbook = handbook;
    }

    @Override
    public List<OutboundMessage> handle(ChatContext chat, String arguments) {
        if (arguments.isEmpty()) {
            return List.of(topics(chat));
        }
        if (arguments.startsWith("@")) {
            return List.of(topic(chat, arguments.substring(1)));
        }
        if (arguments.startsWith("#")) {
            Optional<HandbookSection> section = handbook.section(arguments.substring(1));
            return List.of(section.map(found -> show(chat, found, List.of())).orElseGet(() -> chat.reply("handbook.gone")));
        }
        List<Handbook.Match> matches = handbook.search(arguments);
        if (matches.isEmpty()) {
            return List.of(chat.reply("handbook.notFound", arguments));
        }
        List<Button> more = matches.stream().skip(1).limit(MORE_MATCHES)
                .map(match -> sectionButton(match.section())).toList();
        return List.of(show(chat, matches.get(0).section(), more));
    }

    private OutboundMessage topics(ChatContext chat) {
        List<HandbookTopic> topics = handbook.topics();
        if (topics.isEmpty()) {
            return chat.reply("handbook.empty");
        }
        var buttons = topics.stream().map(topic -> List.of(new Button(topic.title(), "/sotay @" + topic.id()))).toList();
        return new OutboundMessage(chat.text("handbook.topics"), buttons, null, null);
    }

    private OutboundMessage topic(ChatContext chat, String topicId) {
        Optional<HandbookTopic> topic = handbook.topics().stream().filter(t -> t.id().equals(topicId)).findFirst();
        if (topic.isEmpty()) {
            return chat.reply("handbook.gone");
        }
        var buttons = handbook.sectionsOf(topicId).stream().map(section -> List.of(sectionButton(section))).toList();
        return new OutboundMessage(chat.text("handbook.topic", topic.get().title()), buttons, null, null);
    }

    private OutboundMessage show(ChatContext chat, HandbookSection section, List<Button> more) {
        Source source = section.source();
        String cited = source.replaced() ? chat.text("handbook.replacedBy", source.citation(), source.replacedBy())
                : source.outOfForce() ? chat.text("handbook.outOfForce", source.citation()) : source.citation();
        String text = chat.text("handbook.section", section.title(), section.body().strip(), cited)
                + (more.isEmpty() ? "" : "\n\n" + chat.text("handbook.more"));
        var rows = new ArrayList<List<Button>>();
        more.forEach(button -> rows.add(List.of(button)));
        return new OutboundMessage(text, rows, null, null);
    }

    private static Button sectionButton(HandbookSection section) {
        return new Button(section.title(), "/sotay #" + section.id());
    }
}
