package vn.chibo.conversation;

import java.util.List;

/**
 * A message to one chat, before any platform renders it: text, rows of buttons, the label of a button that
 * shares the user's own phone number (where the platform has one; null for none), an optional file with the
 * text as caption, and an optional quiz question for platforms that show one natively.
 */
public record OutboundMessage(String text, List<List<Button>> buttons, String shareContactLabel, OutboundFile file,
                              QuizPoll quiz) {

    public OutboundMessage {
        buttons = buttons.stream().map(List::copyOf).toList();
    }

    public OutboundMessage(String text, List<List<Button>> buttons, String shareContactLabel, OutboundFile file) {
        this(text, buttons, shareContactLabel, file, null);
    }

    public static OutboundMessage text(String text) {
        return new OutboundMessage(text, List.of(), null, null);
    }

    public static OutboundMessage withButtons(String text, List<Button> row) {
        return new OutboundMessage(text, row.isEmpty() ? List.of() : List.of(row), null, null);
    }

    public static OutboundMessage withFile(String caption, OutboundFile file) {
        return new OutboundMessage(caption, List.of(), null, file);
    }

    public OutboundMessage askingForContact(String label) {
        return new OutboundMessage(text, buttons, label, file, quiz);
    }

    /** The same message, shown as a native quiz where the platform has one. */
    public OutboundMessage asQuiz(QuizPoll poll) {
        return new OutboundMessage(text, buttons, shareContactLabel, file, poll);
    }

    /** The payloads of every button, in reading order: what "1", "2"… mean where buttons become numbers. */
    public List<Button> allButtons() {
        return buttons.stream().flatMap(List::stream).toList();
    }
}
