-- A committee's (or cell's) own reminder stages and quiet hours; units without one take the nearest
-- committee's above, and the bot's defaults at the top.
CREATE TABLE reminder_settings (
    unit_id     INTEGER    PRIMARY KEY REFERENCES org_unit (id),
    stages      TEXT       NOT NULL,
    quiet_from  VARCHAR(5) NOT NULL,
    quiet_until VARCHAR(5) NOT NULL,
    updated_at  BIGINT     NOT NULL
);
