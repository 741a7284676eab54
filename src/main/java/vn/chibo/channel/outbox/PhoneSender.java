package vn.chibo.channel.outbox;

import vn.chibo.channel.PhoneNotice;
import vn.chibo.conversation.OutboundMessage;

/** A route by phone number (ZNS, SMS): it sends a {@link PhoneNotice} to a number, never a chat message. */
public interface PhoneSender extends ChannelSender {

    /** @param outboxId the outbox row, which the platform echoes in its delivery receipt */
    SendResult send(long outboxId, String phone, PhoneNotice notice);

    /** Whether this route has something to send for this kind of notice (ZNS: an approved template for it). */
    boolean sends(String kind);

    @Override
    default boolean isGroupChat(String chatId) {
        return false;
    }

    @Override
    default SendResult send(String chatId, OutboundMessage message) {
        return new SendResult.Permanent("a phone route sends phone notices, not chat messages", false);
    }
}
