package vn.chibo.conversation;

import java.util.List;

/** A message to one chat, before any platform renders it: text and rows of buttons. */
public record OutboundMessage(String text, List<List<Button>> buttons) {

    public OutboundMessage {
        buttons = buttons.stream().map(List::copyOf).toList();
    }

    public static OutboundMessage text(String text) {
        return new OutboundMessage(text, List.of());
    }

    public static OutboundMessage withButtons(String text, List<Button> row) {
        return new OutboundMessage(text, row.isEmpty() ? List.of() : List.of(row));
    }
}
