-- The year-end review (kiểm điểm, đánh giá, xếp loại chất lượng hằng năm).

-- The day a member was admitted, where the roster gives it: members admitted less than six months before are not
-- reviewed.
ALTER TABLE member ADD COLUMN joined_on VARCHAR(10);

-- A committee's review frame (criteria groups, grade bands, conditions, cap, forms, who is reviewed) as JSON,
-- inherited down the tree.
CREATE TABLE review_frame (
    unit_id    BIGINT  PRIMARY KEY REFERENCES org_unit (id),
    frame      TEXT    NOT NULL,
    updated_at BIGINT  NOT NULL
);

-- A committee's round for a year; its frame is copied at opening, so a later change of the setting leaves it (null:
-- the bot's default frame, in each reader's language).
CREATE TABLE review_round (
    id               INTEGER     PRIMARY KEY,
    unit_id          BIGINT      NOT NULL REFERENCES org_unit (id),
    year             INTEGER     NOT NULL,
    self_review_due  VARCHAR(10) NOT NULL,
    cell_meetings_by VARCHAR(10) NOT NULL,
    frame            TEXT,
    opened_at        BIGINT      NOT NULL,
    UNIQUE (unit_id, year)
);

-- The secretary's moves of a member into or out of the round, against what the rules say.
CREATE TABLE review_placement (
    round_id  BIGINT       NOT NULL REFERENCES review_round (id),
    member_id BIGINT       NOT NULL REFERENCES member (id),
    included  BOOLEAN      NOT NULL,
    reason    VARCHAR(500) NOT NULL,
    set_by    BIGINT,
    set_at    BIGINT       NOT NULL,
    PRIMARY KEY (round_id, member_id)
);

-- A member's self-review: a draft until submitted; filled_by names the secretary who filled it for the member.
CREATE TABLE self_review (
    round_id     BIGINT      NOT NULL REFERENCES review_round (id),
    member_id    BIGINT      NOT NULL REFERENCES member (id),
    form         VARCHAR(40) NOT NULL,
    answers      TEXT        NOT NULL,
    scores       TEXT        NOT NULL,
    conditions   TEXT        NOT NULL,
    fail_cases   TEXT        NOT NULL,
    grade        VARCHAR(20),
    state        VARCHAR(20) NOT NULL,
    filled_by    BIGINT,
    submitted_at BIGINT,
    updated_at   BIGINT      NOT NULL,
    PRIMARY KEY (round_id, member_id)
);

-- A member's personal link to the web form of their self-review.
CREATE TABLE review_link (
    code      VARCHAR(40) PRIMARY KEY,
    round_id  BIGINT      NOT NULL REFERENCES review_round (id),
    member_id BIGINT      NOT NULL REFERENCES member (id),
    UNIQUE (round_id, member_id)
);

-- What the cell's review meeting proposes for a member (subject_kind MEMBER) or for itself (CELL): the comments,
-- the grade put to the vote and the vote in the meeting's record.
CREATE TABLE review_proposal (
    round_id     BIGINT      NOT NULL REFERENCES review_round (id),
    subject_kind VARCHAR(10) NOT NULL,
    subject_id   BIGINT      NOT NULL,
    cell_id      BIGINT      NOT NULL REFERENCES org_unit (id),
    meeting_id   BIGINT      REFERENCES meeting (id),
    grade        VARCHAR(20) NOT NULL,
    self_score   INTEGER,
    comments     TEXT        NOT NULL,
    vote_id      BIGINT,
    updated_at   BIGINT      NOT NULL,
    PRIMARY KEY (round_id, subject_kind, subject_id)
);
CREATE INDEX review_proposal_cell ON review_proposal (round_id, cell_id);

-- The grade the superior committee decided.
CREATE TABLE review_grade (
    round_id     BIGINT      NOT NULL REFERENCES review_round (id),
    subject_kind VARCHAR(10) NOT NULL,
    subject_id   BIGINT      NOT NULL,
    grade        VARCHAR(20) NOT NULL,
    decided_at   BIGINT      NOT NULL,
    PRIMARY KEY (round_id, subject_kind, subject_id)
);
