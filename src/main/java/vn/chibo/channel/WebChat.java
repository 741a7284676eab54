package vn.chibo.channel;

import java.util.List;

import vn.chibo.conversation.Button;

/**
 * The web chat as the rest of the app sees it: a message from a browser goes through the same inbound
 * pipeline as Telegram's and Zalo's, and the answer is its replies as the outbox delivered them.
 */
public interface WebChat {

    /** A photo or document with a message, as a link on this server that expires. */
    record FileLink(String kind, String name, String mediaType, String url) {
    }

    /** A message to the browser; {@code id} is its place in the browser's inbox, so the page shows it once. */
    record Reply(long id, String text, List<List<Button>> buttons, FileLink file) {
    }

    /**
     * @param chatId    the browser's chat id, from {@link WebChatIds#of}
     * @param messageId made by the browser so that a resent request changes nothing; null for a fresh one
     * @return the replies, in order, as far as they were delivered within a few seconds
     */
    List<Reply> send(String chatId, String messageId, String text, String payload, String language);
}
