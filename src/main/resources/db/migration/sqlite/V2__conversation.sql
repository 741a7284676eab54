-- Conversation: where each user's open dialog stands, so a restart goes on where it was.

CREATE TABLE dialog_state (
    channel          VARCHAR(20)  NOT NULL,
    chat_id          VARCHAR(100) NOT NULL,
    platform_user_id VARCHAR(100) NOT NULL,
    command          VARCHAR(40)  NOT NULL,
    step             VARCHAR(40)  NOT NULL,
    data             TEXT         NOT NULL,
    updated_at       BIGINT       NOT NULL,
    PRIMARY KEY (channel, chat_id, platform_user_id)
);
