-- PostgreSQL twin of ../sqlite/V16__files_stored_once.sql: the same tables; ids are identities, ids they point to BIGINT,
-- text columns TEXT (lengths are checked by the code, as SQLite never checked them).
-- A file sent to many chats is stored once, by the SHA-256 of its content; outbox rows name it instead of carrying
-- its bytes. What a platform gives back for a file (Telegram's file_id) is kept so that later sends reuse it.
CREATE TABLE outbox_file (
    sha256     TEXT PRIMARY KEY,
    size       BIGINT      NOT NULL,
    content    BYTEA        NOT NULL,
    created_at BIGINT      NOT NULL
);

-- kind: Telegram's ids are for one way of sending (a photo's id cannot be sent as a document).
CREATE TABLE platform_file (
    channel    TEXT  NOT NULL,
    sha256     TEXT  NOT NULL,
    kind       TEXT  NOT NULL,
    reference  TEXT NOT NULL,
    created_at BIGINT       NOT NULL,
    PRIMARY KEY (channel, sha256, kind)
);

-- Links to stored files for platforms that take a file only as a URL (Zalo) and for the web chat; one link per file
-- and name, reused while it has long enough to live. shared_file keeps serving links made before this version.
CREATE TABLE file_link (
    token      TEXT  PRIMARY KEY,
    sha256     TEXT  NOT NULL,
    file_name  TEXT NOT NULL,
    media_type TEXT,
    expires_at BIGINT       NOT NULL
);
CREATE INDEX file_link_file ON file_link (sha256, file_name, expires_at);
