-- PostgreSQL twin of ../sqlite/V8__reminders.sql: the same tables; ids are identities, ids they point to BIGINT,
-- text columns TEXT (lengths are checked by the code, as SQLite never checked them).
-- Reminders: which stage of which meeting was sent (or passed over for a later one), once.
CREATE TABLE reminder_stage (
    meeting_id BIGINT     NOT NULL REFERENCES meeting (id),
    stage      INTEGER     NOT NULL,
    outcome    TEXT NOT NULL,
    decided_at BIGINT      NOT NULL,
    PRIMARY KEY (meeting_id, stage)
);
