-- PostgreSQL twin of ../sqlite/V4__identity_reachability.sql: the same tables; ids are identities, ids they point to BIGINT,
-- text columns TEXT (lengths are checked by the code, as SQLite never checked them).
-- A platform's permanent refusal (bot blocked, chat gone) marks the chat account unreachable,
-- for the cell's secretary to see; the member's next message clears it.
ALTER TABLE chat_identity ADD COLUMN unreachable_at BIGINT;
ALTER TABLE chat_identity ADD COLUMN unreachable_reason TEXT;
