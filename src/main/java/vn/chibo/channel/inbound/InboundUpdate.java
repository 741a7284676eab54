package vn.chibo.channel.inbound;

import vn.chibo.conversation.InboundMessage;

/** A platform update in neutral form, with the platform's own id for it, by which duplicates are known. */
public record InboundUpdate(String updateId, InboundMessage message) {
}
