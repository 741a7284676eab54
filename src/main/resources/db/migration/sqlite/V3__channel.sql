-- Channels: the durable outbox, inbound de-duplication, long button payloads, Zalo's numbered
-- choices, and files served at expiring links.

CREATE TABLE outbox_message (
    id              INTEGER PRIMARY KEY,
    channel         VARCHAR(20)  NOT NULL,
    chat_id         VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(300) NOT NULL UNIQUE,
    payload         TEXT         NOT NULL,
    state           VARCHAR(20)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at BIGINT       NOT NULL,
    last_error      VARCHAR(1000),
    created_at      BIGINT       NOT NULL,
    sent_at         BIGINT
);
CREATE INDEX outbox_message_pending ON outbox_message (state, id);

CREATE TABLE processed_update (
    channel      VARCHAR(20)  NOT NULL,
    update_id    VARCHAR(100) NOT NULL,
    processed_at BIGINT       NOT NULL,
    PRIMARY KEY (channel, update_id)
);

CREATE TABLE callback_payload (
    id         INTEGER PRIMARY KEY,
    payload    TEXT   NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE numbered_choice (
    channel    VARCHAR(20)  NOT NULL,
    chat_id    VARCHAR(100) NOT NULL,
    choices    TEXT         NOT NULL,
    updated_at BIGINT       NOT NULL,
    PRIMARY KEY (channel, chat_id)
);

CREATE TABLE shared_file (
    token      VARCHAR(64)  PRIMARY KEY,
    file_name  VARCHAR(200) NOT NULL,
    media_type VARCHAR(100) NOT NULL,
    content    BLOB         NOT NULL,
    expires_at BIGINT       NOT NULL
);
