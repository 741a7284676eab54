package vn.chibo.attendance;

import vn.chibo.organization.ChatChannel;

/**
 * How a reply came: from a chat (Telegram, Zalo, the web chat), from the answer link sent by ZNS or by SMS
 * ({@code ZNS_LINK}, {@code LINK}), an SMS answer, the secretary recording a phone call ({@code SECRETARY_CALL}), or
 * the secretary marking it by hand ({@code SECRETARY}). Every one counts the same.
 */
public enum Via {
    TELEGRAM, ZALO, WEB, ZNS_LINK, SMS, LINK, SECRETARY_CALL, SECRETARY;

    /** A reply written in a chat, or an SMS. */
    public static Via of(ChatChannel channel) {
        return switch (channel) {
            case TELEGRAM -> TELEGRAM;
            case ZALO -> ZALO;
            case WEB -> WEB;
            case ZNS -> ZNS_LINK;
            case SMS -> SMS;
        };
    }
}
