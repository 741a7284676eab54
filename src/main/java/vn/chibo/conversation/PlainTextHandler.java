package vn.chibo.conversation;

import java.util.List;
import java.util.Optional;

/**
 * A feature's claim on plain messages that are no command and answer no open dialog, such as a check-in
 * code read out at a meeting. Empty when the text is not for this feature.
 */
public interface PlainTextHandler {

    Optional<List<OutboundMessage>> handle(ChatContext chat, String text);
}
