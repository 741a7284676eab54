-- Votes (biểu quyết) taken at a meeting: a question, open until closed, each member's one ballot (changeable
-- until then), or a show of hands counted by the secretary.
CREATE TABLE meeting_vote (
    id            INTEGER PRIMARY KEY,
    meeting_id    INTEGER NOT NULL REFERENCES meeting (id),
    question      TEXT    NOT NULL,
    opened_by     INTEGER REFERENCES member (id),
    opened_at     INTEGER NOT NULL,
    closed_at     INTEGER,
    hands_for     INTEGER,
    hands_against INTEGER,
    hands_abstain INTEGER
);
CREATE INDEX meeting_vote_meeting ON meeting_vote (meeting_id);

CREATE TABLE vote_ballot (
    vote_id   INTEGER NOT NULL REFERENCES meeting_vote (id),
    member_id INTEGER NOT NULL REFERENCES member (id),
    choice    TEXT    NOT NULL,
    cast_at   INTEGER NOT NULL,
    PRIMARY KEY (vote_id, member_id)
);
