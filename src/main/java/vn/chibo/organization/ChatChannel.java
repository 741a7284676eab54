package vn.chibo.organization;

/**
 * The ways a member can be reached: the chat platforms an account is linked on, and the two phone routes for members
 * with no linked chat, Zalo by phone number (ZNS template messages) and SMS through the office's Android phone.
 */
public enum ChatChannel {
    TELEGRAM, ZALO, WEB, ZNS, SMS;

    /** A route by phone number: no account is linked, the member is reached by their number on the roster. */
    public boolean isPhone() {
        return this == ZNS || this == SMS;
    }
}
