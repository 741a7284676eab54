-- PostgreSQL twin of ../sqlite/V15__web_chat_through_outbox.sql: the same tables; ids are identities, ids they point to BIGINT,
-- text columns TEXT (lengths are checked by the code, as SQLite never checked them).
-- The web chat's replies come through the outbox like every channel's; an inbox row names its outbox row so that
-- the request that caused a reply can answer with it.
ALTER TABLE web_chat_inbox ADD COLUMN outbox_id BIGINT;
CREATE INDEX web_chat_inbox_outbox ON web_chat_inbox (outbox_id);
