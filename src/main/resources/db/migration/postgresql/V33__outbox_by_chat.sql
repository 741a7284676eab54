-- The dispatcher takes the oldest pending message of each chat, so one chat's backlog never holds up another's.
CREATE INDEX outbox_message_chat_pending ON outbox_message (state, channel, chat_id, id);
