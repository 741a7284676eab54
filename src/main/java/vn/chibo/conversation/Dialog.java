package vn.chibo.conversation;

/**
 * An open dialog: the command's state, and the cell an admin above the cells picked to act for (null otherwise).
 */
record Dialog(DialogState state, Long actingCellId) {
}
