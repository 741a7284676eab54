package vn.chibo.channel.zalo;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.chibo.conversation.Button;
import vn.chibo.text.Languages;
import vn.chibo.text.VietnameseText;

/**
 * Zalo has no buttons: a message's buttons are written as numbered lines, and a reply "2" (or the words of
 * an option) counts as pressing the second button, for the chat's last question only, once.
 */
@Component
class NumberedChoices {

    private static final TypeReference<List<Button>> BUTTONS = new TypeReference<>() {
    };

    private static final Pattern TRAILING_MARK = Pattern.compile("[.)]$");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final MessageSource messages;

    NumberedChoices(JdbcClient jdbc, JsonMapper json, Clock clock, MessageSource messages) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.messages = messages;
    }

    /** The text with its choices written out, now the chat's last question. */
    String offer(String chatId, String text, List<Button> buttons) {
        jdbc.sql("DELETE FROM numbered_choice WHERE channel = 'ZALO' AND chat_id = ?").param(chatId).update();
        jdbc.sql("INSERT INTO numbered_choice (channel, chat_id, choices, updated_at) VALUES ('ZALO', ?, ?, ?)")
                .params(chatId, json.writeValueAsString(buttons), clock.instant().toEpochMilli()).update();
        var written = new StringBuilder(text == null ? "" : text).append("\n");
        for (int i = 0; i < buttons.size(); i++) {
            written.append('\n').append(i + 1).append(". ").append(buttons.get(i).label());
        }
        return written.append("\n\n").append(replyHint(buttons.size())).toString();
    }

    /** The payload a reply stands for, if it picks one of the last question's choices; that question is then closed. */
    Optional<String> pick(String chatId, String reply) {
        if (reply == null || reply.isBlank()) {
            return Optional.empty();
        }
        Optional<List<Button>> offered = jdbc.sql("SELECT choices FROM numbered_choice WHERE channel = 'ZALO' AND chat_id = ?")
                .param(chatId).query(String.class).optional().map(stored -> json.readValue(stored, BUTTONS));
        if (offered.isEmpty()) {
            return Optional.empty();
        }
        List<Button> buttons = offered.get();
        String folded = TRAILING_MARK.matcher(VietnameseText.fold(reply)).replaceAll("");
        Optional<Button> picked = Optional.empty();
        if (folded.matches("\\d{1,2}")) {
            int number = Integer.parseInt(folded);
            if (number >= 1 && number <= buttons.size()) {
                picked = Optional.of(buttons.get(number - 1));
            }
        } else {
            picked = buttons.stream().filter(b -> VietnameseText.fold(b.label()).equals(folded)).findFirst();
        }
        picked.ifPresent(b -> jdbc.sql("DELETE FROM numbered_choice WHERE channel = 'ZALO' AND chat_id = ?")
                .param(chatId).update());
        return picked.map(Button::payload);
    }

    /** "Trả lời 1, 2 hoặc 3." Zalo says nothing of the user's language, so it is Vietnamese. */
    private String replyHint(int count) {
        if (count == 1) {
            return messages.getMessage("choices.replyOne", null, Languages.VIETNAMESE);
        }
        String first = IntStream.range(1, count).mapToObj(String::valueOf).collect(Collectors.joining(", "));
        return messages.getMessage("choices.replyMany", new Object[] {first, String.valueOf(count)}, Languages.VIETNAMESE);
    }
}
