-- A secretary's nudge to those who have not replied: at most once per reminder stage of a meeting.
CREATE TABLE nudge (
    meeting_id INTEGER NOT NULL REFERENCES meeting (id),
    stage      INTEGER NOT NULL,
    member_id  INTEGER NOT NULL REFERENCES member (id),
    sent_at    BIGINT  NOT NULL,
    PRIMARY KEY (meeting_id, stage)
);
