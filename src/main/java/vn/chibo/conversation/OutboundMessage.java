package vn.chibo.conversation;

import java.util.List;

/**
 * A message to one chat, before any platform renders it: text, rows of buttons, the label of a button that
 * shares the user's own phone number (where the platform has one; null for none), and an optional file with
 * the text as caption.
 */
public record OutboundMessage(String text, List<List<Button>> buttons, String shareContactLabel, OutboundFile file) {

    public OutboundMessage {
        buttons = buttons.stream().map(List::copyOf).toList();
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
        return new OutboundMessage(text, buttons, label, file);
    }

    /** The payloads of every button, in reading order: what "1", "2"… mean where buttons become numbers. */
    public List<Button> allButtons() {
        return buttons.stream().flatMap(List::stream).toList();
    }
}
