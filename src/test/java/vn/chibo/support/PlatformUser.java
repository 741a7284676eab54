package vn.chibo.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * One person on Telegram or Zalo, as they use the bot: they type, and they press a button by its label (on
 * Zalo, where there are no buttons, by typing the number the bot wrote before that label).
 */
public abstract class PlatformUser {

    private int seen;

    /** Sends a text; what the bot says after it is read with {@link #awaitReply}. */
    public void say(String text) {
        seen = sent().size();
        send(text);
    }

    /** Presses the button with this label on the latest message that offers it. */
    public void press(String label) {
        List<Message> messages = sent();
        seen = messages.size();
        for (int i = messages.size() - 1; i >= 0; i--) {
            Optional<String> how = choice(messages.get(i), label);
            if (how.isPresent()) {
                pressWith(how.get());
                return;
            }
        }
        throw new AssertionError("No message offers \"" + label + "\"; the bot said: " + messages);
    }

    /** Whether the bot's latest message offers a button with this label. */
    public boolean latestOffers(String label) {
        List<Message> messages = sent();
        return !messages.isEmpty() && choice(messages.get(messages.size() - 1), label).isPresent();
    }

    /** Waits for a message since the last thing this user did that holds {@code text}; answers it whole. */
    public String awaitReply(String text) {
        var found = new ArrayList<String>();
        Await.until("a reply with \"" + text + "\"", () -> {
            List<Message> messages = sent();
            for (int i = seen; i < messages.size(); i++) {
                if (messages.get(i).text() != null && messages.get(i).text().contains(text)) {
                    found.add(messages.get(i).text());
                    return true;
                }
            }
            return false;
        });
        return found.get(0);
    }

    /** A message the bot sent this user: its text (or caption), and the raw buttons where there are any. */
    protected record Message(String text, JsonNode buttons) {
    }

    protected abstract List<Message> sent();

    protected abstract void send(String text);

    /** What pressing means here, if this message offers the label: callback data, or a typed number. */
    protected abstract Optional<String> choice(Message message, String label);

    protected abstract void pressWith(String how);

    public static PlatformUser telegram(FakeTelegram telegram, long userId) {
        return telegram(telegram, userId, "vi");
    }

    /** A Telegram user whose app is set to this language ("vi", "en"). */
    public static PlatformUser telegram(FakeTelegram telegram, long userId, String languageCode) {
        return new PlatformUser() {
            @Override
            protected List<Message> sent() {
                return telegram.sentTo(userId).stream().map(call -> new Message(call.text(), call.markup())).toList();
            }

            @Override
            protected void send(String text) {
                telegram.userSends(userId, text, languageCode);
            }

            @Override
            protected Optional<String> choice(Message message, String label) {
                if (message.buttons() == null || !message.buttons().has("inline_keyboard")) {
                    return Optional.empty();
                }
                for (JsonNode row : message.buttons().get("inline_keyboard")) {
                    for (JsonNode button : row) {
                        if (button.get("text").asString().equals(label)) {
                            return Optional.of(button.get("callback_data").asString());
                        }
                    }
                }
                return Optional.empty();
            }

            @Override
            protected void pressWith(String callbackData) {
                telegram.userPresses(userId, callbackData, languageCode);
            }

            @Override
            public String toString() {
                return "Telegram user " + userId;
            }
        };
    }

    public static PlatformUser zalo(FakeZalo zalo, String userId) {
        Pattern numbered = Pattern.compile("(?m)^(\\d+)\\. (.+)$");
        return new PlatformUser() {
            @Override
            protected List<Message> sent() {
                return zalo.sentTo(userId).stream().map(call -> new Message(call.text(), null)).toList();
            }

            @Override
            protected void send(String text) {
                zalo.userSends(userId, text);
            }

            @Override
            protected Optional<String> choice(Message message, String label) {
                Matcher choice = numbered.matcher(message.text() == null ? "" : message.text());
                while (choice.find()) {
                    if (choice.group(2).strip().equals(label)) {
                        return Optional.of(choice.group(1));
                    }
                }
                return Optional.empty();
            }

            @Override
            protected void pressWith(String number) {
                zalo.userSends(userId, number);
            }

            @Override
            public String toString() {
                return "Zalo user " + userId;
            }
        };
    }
}
