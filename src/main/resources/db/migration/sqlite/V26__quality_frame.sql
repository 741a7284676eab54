-- A committee's own frame for grading a meeting (points per item, the thresholds of the grades), inherited by
-- the units below it; and what the secretary answers of a meeting's checklist where the record cannot say.
CREATE TABLE quality_frame (
    unit_id           INTEGER PRIMARY KEY REFERENCES org_unit (id),
    name              TEXT    NOT NULL,
    documents_points  INTEGER NOT NULL,
    duration_points   INTEGER NOT NULL,
    attendance_points INTEGER NOT NULL,
    speakers_points   INTEGER NOT NULL,
    resolution_points INTEGER NOT NULL,
    minutes_points    INTEGER NOT NULL,
    min_minutes       INTEGER NOT NULL,
    min_speakers      INTEGER NOT NULL,
    good              INTEGER NOT NULL,
    fair              INTEGER NOT NULL,
    average           INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL
);

CREATE TABLE meeting_assessment (
    meeting_id       INTEGER PRIMARY KEY REFERENCES meeting (id),
    documents_ahead  BOOLEAN,
    duration_minutes INTEGER,
    minutes_complete BOOLEAN,
    updated_at       INTEGER NOT NULL
);
