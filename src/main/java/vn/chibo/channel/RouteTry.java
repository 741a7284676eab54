package vn.chibo.channel;

import vn.chibo.organization.ChatChannel;

/**
 * One route a notice to a member went by: a chat, ZNS or SMS; whether it is still waiting ({@code PENDING}), went
 * ({@code SENT}) or failed ({@code FAILED}); and whether it arrived: a receipt from ZNS or the SMS gateway, or for a
 * chat, the platform taking it.
 */
public record RouteTry(ChatChannel route, String state, boolean delivered) {
}
