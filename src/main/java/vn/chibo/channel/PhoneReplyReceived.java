package vn.chibo.channel;

import vn.chibo.organization.ChatChannel;

/**
 * A member with no linked chat wrote back by phone (an SMS to the office's phone), recognised by their number.
 * {@code eventId} is the gateway's id of the message, which makes any answer to it unique.
 */
public record PhoneReplyReceived(long memberId, ChatChannel route, String text, String eventId) {
}
