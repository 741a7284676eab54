-- The web chat's replies come through the outbox like every channel's; an inbox row names its outbox row so that
-- the request that caused a reply can answer with it.
ALTER TABLE web_chat_inbox ADD COLUMN outbox_id BIGINT;
CREATE INDEX web_chat_inbox_outbox ON web_chat_inbox (outbox_id);
