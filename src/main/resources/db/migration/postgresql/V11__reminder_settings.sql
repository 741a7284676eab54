-- PostgreSQL twin of ../sqlite/V11__reminder_settings.sql: the same tables; ids are identities, ids they point to BIGINT,
-- text columns TEXT (lengths are checked by the code, as SQLite never checked them).
-- A committee's (or cell's) own reminder stages and quiet hours; units without one take the nearest
-- committee's above, and the bot's defaults at the top.
CREATE TABLE reminder_settings (
    unit_id     BIGINT    PRIMARY KEY REFERENCES org_unit (id),
    stages      TEXT       NOT NULL,
    quiet_from  TEXT NOT NULL,
    quiet_until TEXT NOT NULL,
    updated_at  BIGINT     NOT NULL
);
