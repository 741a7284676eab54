-- Organization: the committee tree, members with their role, chat identities and invite codes.
-- Instants are epoch milliseconds (BIGINT) so that queries stay the same on PostgreSQL.

CREATE TABLE org_unit (
    id         INTEGER PRIMARY KEY,
    parent_id  INTEGER REFERENCES org_unit (id),
    name       VARCHAR(200)  NOT NULL,
    kind       VARCHAR(20)   NOT NULL,
    path       VARCHAR(2000) NOT NULL UNIQUE,
    created_at BIGINT        NOT NULL
);
CREATE INDEX org_unit_parent ON org_unit (parent_id);

CREATE TABLE member (
    id         INTEGER PRIMARY KEY,
    full_name  VARCHAR(200) NOT NULL,
    phone      VARCHAR(20)  NOT NULL UNIQUE,
    status     VARCHAR(20),
    role       VARCHAR(20)  NOT NULL,
    unit_id    INTEGER      NOT NULL REFERENCES org_unit (id),
    created_at BIGINT       NOT NULL,
    updated_at BIGINT       NOT NULL
);
CREATE INDEX member_unit ON member (unit_id);

CREATE TABLE chat_identity (
    id               INTEGER PRIMARY KEY,
    member_id        INTEGER      NOT NULL REFERENCES member (id),
    channel          VARCHAR(20)  NOT NULL,
    platform_user_id VARCHAR(100) NOT NULL,
    chat_id          VARCHAR(100) NOT NULL,
    display_name     VARCHAR(200),
    language         VARCHAR(10),
    linked_at        BIGINT       NOT NULL,
    last_seen_at     BIGINT       NOT NULL,
    UNIQUE (channel, platform_user_id),
    UNIQUE (member_id, channel)
);

CREATE TABLE invite_code (
    code                  VARCHAR(16)  PRIMARY KEY,
    member_id             INTEGER      NOT NULL REFERENCES member (id),
    created_at            BIGINT       NOT NULL,
    expires_at            BIGINT       NOT NULL,
    used_at               BIGINT,
    used_channel          VARCHAR(20),
    used_platform_user_id VARCHAR(100)
);
CREATE INDEX invite_code_member ON invite_code (member_id);
