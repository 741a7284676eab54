package vn.chibo.conversation;

import vn.chibo.organization.ChatChannel;

/**
 * One update from any platform, in neutral form: who wrote, in which chat, and what: text, the payload of a
 * pressed button, a file, or a shared contact. {@code languageCode} is the platform's hint ("vi", "en-US") or null.
 */
public record InboundMessage(ChatChannel channel, String platformUserId, String chatId, String displayName,
                             String languageCode, String text, String buttonPayload, Attachment attachment,
                             SharedContact contact) {

    /** A file the user sent; {@code reference} is how the channel fetches it (a platform file id, a URL). */
    public record Attachment(String fileName, String mediaType, String reference) {
    }

    /** A phone number shared from the platform; {@code platformUserId} is whose contact it is, when known. */
    public record SharedContact(String phone, String platformUserId) {
    }

    /** Written in a group chat: the chat is not the sender's own. */
    public boolean inGroup() {
        return chatId != null && !chatId.equals(platformUserId);
    }

    /** The same message as if sent in the sender's private chat with the bot. */
    public InboundMessage inPrivate() {
        return new InboundMessage(channel, platformUserId, platformUserId, displayName, languageCode, text, buttonPayload,
                attachment, contact);
    }

    public static InboundMessage text(ChatChannel channel, String userAndChatId, String languageCode, String text) {
        return new InboundMessage(channel, userAndChatId, userAndChatId, null, languageCode, text, null, null, null);
    }
}
