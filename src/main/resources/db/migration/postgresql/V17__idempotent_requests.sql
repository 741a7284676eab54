-- PostgreSQL twin of ../sqlite/V17__idempotent_requests.sql: the same tables; ids are identities, ids they point to BIGINT,
-- text columns TEXT (lengths are checked by the code, as SQLite never checked them).
-- Admin API calls sent with an Idempotency-Key: the first one's answer, replayed for a repeat of the same key.
CREATE TABLE api_request (
    idempotency_key TEXT PRIMARY KEY,
    method          TEXT  NOT NULL,
    path            TEXT NOT NULL,
    status          INTEGER,
    content_type    TEXT,
    body            BYTEA,
    created_at      BIGINT       NOT NULL
);
CREATE INDEX api_request_created ON api_request (created_at);
