-- PostgreSQL twin of ../sqlite/V9__nudges.sql: the same tables; ids are identities, ids they point to BIGINT,
-- text columns TEXT (lengths are checked by the code, as SQLite never checked them).
-- A secretary's nudge to those who have not replied: at most once per reminder stage of a meeting.
CREATE TABLE nudge (
    meeting_id BIGINT NOT NULL REFERENCES meeting (id),
    stage      INTEGER NOT NULL,
    member_id  BIGINT NOT NULL REFERENCES member (id),
    sent_at    BIGINT  NOT NULL,
    PRIMARY KEY (meeting_id, stage)
);
