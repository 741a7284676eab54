package vn.chibo.meeting;

import java.util.ArrayList;
import java.util.List;

import vn.chibo.conversation.Button;
import vn.chibo.conversation.OutboundFile;
import vn.chibo.conversation.OutboundMessage;

/**
 * One member's reminder as the {@link ReminderSection}s write it: files, each a message of its own, then one text in
 * paragraphs with rows of buttons under it.
 */
public final class ReminderMessage {

    private final List<OutboundFile> files = new ArrayList<>();
    private final List<StringBuilder> paragraphs = new ArrayList<>();
    private final List<List<Button>> rows = new ArrayList<>();

    /** Starts a paragraph (a blank line before it). */
    public void paragraph(String text) {
        paragraphs.add(new StringBuilder(text));
    }

    /** Continues the last paragraph on a new line. */
    public void line(String text) {
        if (paragraphs.isEmpty()) {
            paragraph(text);
        } else {
            paragraphs.get(paragraphs.size() - 1).append('\n').append(text);
        }
    }

    public void buttons(List<Button> row) {
        rows.add(List.copyOf(row));
    }

    public void file(OutboundFile file) {
        files.add(file);
    }

    public boolean hasFiles() {
        return !files.isEmpty();
    }

    /** The messages to queue, in order: the files, then the text with its buttons. */
    public List<OutboundMessage> parts() {
        var parts = new ArrayList<OutboundMessage>();
        files.forEach(file -> parts.add(OutboundMessage.withFile(file.fileName(), file)));
        parts.add(new OutboundMessage(String.join("\n\n", paragraphs), List.copyOf(rows), null, null));
        return parts;
    }
}
