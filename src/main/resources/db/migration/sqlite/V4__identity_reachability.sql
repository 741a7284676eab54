-- A platform's permanent refusal (bot blocked, chat gone) marks the chat account unreachable,
-- for the cell's secretary to see; the member's next message clears it.
ALTER TABLE chat_identity ADD COLUMN unreachable_at BIGINT;
ALTER TABLE chat_identity ADD COLUMN unreachable_reason VARCHAR(300);
