-- Attendance: every reply a member gives (the latest counts), check-in sessions with their code, and who
-- was present.

CREATE TABLE rsvp (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER      NOT NULL REFERENCES meeting (id),
    member_id  INTEGER      NOT NULL REFERENCES member (id),
    reply      VARCHAR(30)  NOT NULL,
    reason     VARCHAR(300),
    channel    VARCHAR(20)  NOT NULL,
    replied_at BIGINT       NOT NULL
);
CREATE INDEX rsvp_meeting_member ON rsvp (meeting_id, member_id, id);

CREATE TABLE check_in (
    meeting_id INTEGER     PRIMARY KEY REFERENCES meeting (id),
    cell_id    INTEGER     NOT NULL REFERENCES org_unit (id),
    code       VARCHAR(10) NOT NULL,
    opened_at  BIGINT      NOT NULL,
    closed_at  BIGINT
);

CREATE TABLE presence (
    meeting_id INTEGER     NOT NULL REFERENCES meeting (id),
    member_id  INTEGER     NOT NULL REFERENCES member (id),
    present    BOOLEAN     NOT NULL,
    source     VARCHAR(20) NOT NULL,
    marked_at  BIGINT      NOT NULL,
    PRIMARY KEY (meeting_id, member_id)
);
