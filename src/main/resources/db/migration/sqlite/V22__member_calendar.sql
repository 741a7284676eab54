-- Each member's own calendar feed address: it shows their cell's meetings while they are in that cell, and a
-- member can ask for a fresh one, which retires the ones before.
CREATE TABLE member_calendar (
    token      TEXT PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES member (id),
    cell_id    INTEGER NOT NULL REFERENCES org_unit (id),
    created_at INTEGER NOT NULL,
    retired_at INTEGER
);
CREATE INDEX member_calendar_member ON member_calendar (member_id);
