-- PostgreSQL twin of ../sqlite/V2__conversation.sql: the same tables; ids are identities, ids they point to BIGINT,
-- text columns TEXT (lengths are checked by the code, as SQLite never checked them).
-- Conversation: where each user's open dialog stands, so a restart goes on where it was.

CREATE TABLE dialog_state (
    channel          TEXT  NOT NULL,
    chat_id          TEXT NOT NULL,
    platform_user_id TEXT NOT NULL,
    command          TEXT  NOT NULL,
    step             TEXT  NOT NULL,
    data             TEXT         NOT NULL,
    updated_at       BIGINT       NOT NULL,
    PRIMARY KEY (channel, chat_id, platform_user_id)
);
