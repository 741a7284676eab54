-- One-time sign-in links to the dashboard, asked for in chat with /dangnhap. Only a digest of the token is
-- kept, so the table does not hold a usable link.
CREATE TABLE dashboard_login (
    token_digest VARCHAR(64) PRIMARY KEY,
    member_id    INTEGER     NOT NULL REFERENCES member (id),
    created_at   BIGINT      NOT NULL,
    expires_at   BIGINT      NOT NULL,
    used_at      BIGINT
);
