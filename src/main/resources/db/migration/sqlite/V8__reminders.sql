-- Reminders: which stage of which meeting was sent (or passed over for a later one), once.
CREATE TABLE reminder_stage (
    meeting_id INTEGER     NOT NULL REFERENCES meeting (id),
    stage      INTEGER     NOT NULL,
    outcome    VARCHAR(20) NOT NULL,
    decided_at BIGINT      NOT NULL,
    PRIMARY KEY (meeting_id, stage)
);
