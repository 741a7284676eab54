-- Meetings: each unit's regular meeting rule; a committee's rule is the default for the cells below it.
CREATE TABLE schedule_rule (
    unit_id      INTEGER      PRIMARY KEY REFERENCES org_unit (id),
    kind         VARCHAR(20)  NOT NULL,
    day          INTEGER,
    week         INTEGER,
    weekday      VARCHAR(10),
    meeting_time VARCHAR(5)   NOT NULL,
    place        VARCHAR(200) NOT NULL,
    time_zone    VARCHAR(64),
    updated_at   BIGINT       NOT NULL
);
