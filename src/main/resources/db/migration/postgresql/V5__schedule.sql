-- PostgreSQL twin of ../sqlite/V5__schedule.sql: the same tables; ids are identities, ids they point to BIGINT,
-- text columns TEXT (lengths are checked by the code, as SQLite never checked them).
-- Meetings: each unit's regular meeting rule; a committee's rule is the default for the cells below it.
CREATE TABLE schedule_rule (
    unit_id      BIGINT      PRIMARY KEY REFERENCES org_unit (id),
    kind         TEXT  NOT NULL,
    day          INTEGER,
    week         INTEGER,
    weekday      TEXT,
    meeting_time TEXT   NOT NULL,
    place        TEXT NOT NULL,
    time_zone    TEXT,
    updated_at   BIGINT       NOT NULL
);
