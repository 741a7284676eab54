package vn.chibo.conversation;

/** Which cell a command works on, and so who can use it. */
public enum CellScope {
    /** Not tied to one cell. */
    NONE,
    /** The member's own cell (their replies, their record): only members of a cell can use it. */
    OWN,
    /** A cell the user leads: a secretary's own; an admin above the cells picks one of those in their scope. */
    MANAGED
}
