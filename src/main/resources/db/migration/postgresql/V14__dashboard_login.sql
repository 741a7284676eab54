-- PostgreSQL twin of ../sqlite/V14__dashboard_login.sql: the same tables; ids are identities, ids they point to BIGINT,
-- text columns TEXT (lengths are checked by the code, as SQLite never checked them).
-- One-time sign-in links to the dashboard, asked for in chat with /dangnhap. Only a digest of the token is
-- kept, so the table does not hold a usable link.
CREATE TABLE dashboard_login (
    token_digest TEXT PRIMARY KEY,
    member_id    BIGINT     NOT NULL REFERENCES member (id),
    created_at   BIGINT      NOT NULL,
    expires_at   BIGINT      NOT NULL,
    used_at      BIGINT
);
