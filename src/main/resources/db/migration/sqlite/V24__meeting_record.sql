-- What the minutes of a meeting carry beyond attendance and votes: who chaired and took notes, when it ended,
-- guests, the conclusion or resolution text; the agenda's items and who spoke on which.
CREATE TABLE meeting_record (
    meeting_id INTEGER PRIMARY KEY REFERENCES meeting (id),
    chair      TEXT,
    note_taker TEXT,
    ended_at   BIGINT,
    guests     TEXT,
    conclusion TEXT,
    updated_at BIGINT NOT NULL
);

CREATE TABLE agenda_item (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id),
    position   INTEGER NOT NULL,
    title      TEXT    NOT NULL,
    presenter  TEXT,
    UNIQUE (meeting_id, position)
);

CREATE TABLE speech (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting (id),
    item        INTEGER,
    member_id   INTEGER NOT NULL REFERENCES member (id),
    summary     TEXT,
    recorded_at INTEGER NOT NULL
);
CREATE INDEX speech_meeting ON speech (meeting_id);
