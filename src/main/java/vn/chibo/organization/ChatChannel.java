package vn.chibo.organization;

/** The chat platforms a member can be reached on. */
public enum ChatChannel {
    TELEGRAM, ZALO, WEB
}
