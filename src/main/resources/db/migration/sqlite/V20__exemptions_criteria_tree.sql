-- Members exempted from meetings (miễn sinh hoạt) for a span of days: not expected at the meetings of those
-- days, no reminders unless they asked for them. An open span has no end.
CREATE TABLE member_exemption (
    id              INTEGER PRIMARY KEY,
    member_id       INTEGER      NOT NULL REFERENCES member (id),
    starts_on       VARCHAR(10)  NOT NULL,
    ends_on         VARCHAR(10),
    reason          VARCHAR(300),
    wants_reminders BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      BIGINT       NOT NULL
);
CREATE INDEX member_exemption_member ON member_exemption (member_id, starts_on);

-- A committee's (or cell's) quality criteria; units without their own take the nearest above, then the bot's
-- default (the figures of Hướng dẫn 12-HD/BTCTW, 2018).
CREATE TABLE quality_criteria (
    unit_id                  INTEGER      PRIMARY KEY REFERENCES org_unit (id),
    document                 VARCHAR(200) NOT NULL,
    min_present_percent      DOUBLE PRECISION NOT NULL,
    max_unexcused_absences   INTEGER      NOT NULL,
    target_percent           DOUBLE PRECISION NOT NULL,
    updated_at               BIGINT       NOT NULL
);

-- The tree changes: a unit moved under another parent keeps a row per move, so that a committee's history
-- still holds the cells that were under it then; a merged cell is closed, not deleted.
ALTER TABLE org_unit ADD COLUMN closed_at BIGINT;
ALTER TABLE org_unit ADD COLUMN merged_into INTEGER REFERENCES org_unit (id);
CREATE TABLE org_unit_move (
    id            INTEGER PRIMARY KEY,
    unit_id       INTEGER NOT NULL REFERENCES org_unit (id),
    old_parent_id INTEGER REFERENCES org_unit (id),
    new_parent_id INTEGER REFERENCES org_unit (id),
    moved_at      BIGINT  NOT NULL
);
CREATE INDEX org_unit_move_unit ON org_unit_move (unit_id, moved_at);
