package vn.chibo.conversation;

import java.util.Map;

/** Where a multi-step exchange stands: the step awaiting the user's next message, and what was gathered. */
public record Dialog(String step, Map<String, String> data) {

    public Dialog {
        data = Map.copyOf(data);
    }
}
