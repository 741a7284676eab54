-- PostgreSQL twin of ../sqlite/V13__statistics_digest.sql: the same tables; ids are identities, ids they point to BIGINT,
-- text columns TEXT (lengths are checked by the code, as SQLite never checked them).
-- The monthly digest each committee admin has been sent, so that it goes once per month and admin.
CREATE TABLE stats_digest (
    member_id BIGINT    NOT NULL REFERENCES member (id),
    month     TEXT NOT NULL,
    sent_at   BIGINT     NOT NULL,
    PRIMARY KEY (member_id, month)
);
