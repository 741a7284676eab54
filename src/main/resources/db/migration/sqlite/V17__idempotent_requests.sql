-- Admin API calls sent with an Idempotency-Key: the first one's answer, replayed for a repeat of the same key.
CREATE TABLE api_request (
    idempotency_key VARCHAR(200) PRIMARY KEY,
    method          VARCHAR(10)  NOT NULL,
    path            VARCHAR(500) NOT NULL,
    status          INTEGER,
    content_type    VARCHAR(200),
    body            BLOB,
    created_at      BIGINT       NOT NULL
);
CREATE INDEX api_request_created ON api_request (created_at);
