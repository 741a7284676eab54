package vn.chibo.conversation;

/**
 * What a dialog remembers while it waits for the user's next message: a command declares a record per step that
 * implements this, with the fields it needs ({@code record AwaitingReason(long meetingId) implements DialogState}),
 * hands it to {@link ChatContext#awaitReply} and gets it back in {@link ChatCommand#continueDialog}. It is kept in
 * the database as JSON, so a restart goes on where it was.
 */
public interface DialogState {
}
