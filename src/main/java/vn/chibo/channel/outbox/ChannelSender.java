package vn.chibo.channel.outbox;

import vn.chibo.conversation.OutboundMessage;
import vn.chibo.organization.ChatChannel;

/** One platform's way of delivering a neutral message; the outbox decides when. */
public interface ChannelSender {

    ChatChannel channel();

    boolean isGroupChat(String chatId);

    ChannelLimits limits();

    SendResult send(String chatId, OutboundMessage message);

    /** The same, knowing which outbox row this is, for a channel that keeps the link (the web chat's inbox). */
    default SendResult send(long outboxId, String chatId, OutboundMessage message) {
        return send(chatId, message);
    }
}
