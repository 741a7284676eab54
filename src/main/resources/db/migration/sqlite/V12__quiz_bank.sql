-- Quiz banks and the handbook, versioned: every upload that passes validation becomes a new version holding
-- the whole bank (the files it replaced and the ones it kept), so a quiz in progress keeps its version.

CREATE TABLE quiz_bank_version (
    id             INTEGER PRIMARY KEY,
    origin         VARCHAR(20)  NOT NULL,
    file_name      VARCHAR(300) NOT NULL,
    content_hash   VARCHAR(64)  NOT NULL,
    uploaded_by    INTEGER REFERENCES member (id),
    topic_count    INTEGER      NOT NULL,
    section_count  INTEGER      NOT NULL,
    question_count INTEGER      NOT NULL,
    created_at     BIGINT       NOT NULL
);

CREATE TABLE handbook_topic (
    version_id  INTEGER      NOT NULL REFERENCES quiz_bank_version (id),
    id          VARCHAR(64)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    position    INTEGER      NOT NULL,
    source_file VARCHAR(300) NOT NULL,
    PRIMARY KEY (version_id, id)
);

CREATE TABLE handbook_section (
    version_id  INTEGER       NOT NULL REFERENCES quiz_bank_version (id),
    id          VARCHAR(64)   NOT NULL,
    topic_id    VARCHAR(64)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    document    VARCHAR(300)  NOT NULL,
    number      VARCHAR(100),
    issued      VARCHAR(10),
    article     VARCHAR(200),
    position    INTEGER       NOT NULL,
    source_file VARCHAR(300)  NOT NULL,
    PRIMARY KEY (version_id, id)
);

CREATE TABLE quiz_question (
    version_id  INTEGER      NOT NULL REFERENCES quiz_bank_version (id),
    id          VARCHAR(64)  NOT NULL,
    topic_id    VARCHAR(64)  NOT NULL,
    text        VARCHAR(300) NOT NULL,
    options     VARCHAR(2000) NOT NULL,
    answer      VARCHAR(100) NOT NULL,
    explanation VARCHAR(200) NOT NULL,
    section_id  VARCHAR(64)  NOT NULL,
    difficulty  VARCHAR(10)  NOT NULL,
    position    INTEGER      NOT NULL,
    source_file VARCHAR(300) NOT NULL,
    PRIMARY KEY (version_id, id)
);
CREATE INDEX quiz_question_topic ON quiz_question (version_id, topic_id);

-- A quiz a secretary or admin sets for a cell or a committee: the same questions for everyone, one attempt.
CREATE TABLE cell_quiz (
    id             INTEGER PRIMARY KEY,
    unit_id        INTEGER      NOT NULL REFERENCES org_unit (id),
    version_id     INTEGER      NOT NULL REFERENCES quiz_bank_version (id),
    topic_id       VARCHAR(64),
    question_ids   VARCHAR(2000) NOT NULL,
    seconds_per_question INTEGER NOT NULL,
    deadline       BIGINT       NOT NULL,
    created_by     INTEGER      NOT NULL REFERENCES member (id),
    created_at     BIGINT       NOT NULL
);
CREATE INDEX cell_quiz_unit ON cell_quiz (unit_id, deadline);

CREATE TABLE quiz_attempt (
    id             INTEGER PRIMARY KEY,
    member_id      INTEGER     NOT NULL REFERENCES member (id),
    unit_id        INTEGER     NOT NULL REFERENCES org_unit (id),
    cell_quiz_id   INTEGER REFERENCES cell_quiz (id),
    version_id     INTEGER     NOT NULL REFERENCES quiz_bank_version (id),
    topic_id       VARCHAR(64),
    channel        VARCHAR(20) NOT NULL,
    chat_id        VARCHAR(100) NOT NULL,
    language       VARCHAR(10) NOT NULL,
    seconds_per_question INTEGER NOT NULL,
    question_count INTEGER     NOT NULL,
    correct_count  INTEGER     NOT NULL DEFAULT 0,
    started_at     BIGINT      NOT NULL,
    finished_at    BIGINT,
    abandoned      BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE UNIQUE INDEX quiz_attempt_one_per_cell_quiz ON quiz_attempt (cell_quiz_id, member_id);
CREATE INDEX quiz_attempt_member ON quiz_attempt (member_id, finished_at);
CREATE INDEX quiz_attempt_open ON quiz_attempt (finished_at, abandoned);

-- One row per question of an attempt; option_order maps the shown options (1, 2, …) to the bank's.
CREATE TABLE quiz_attempt_answer (
    attempt_id   INTEGER      NOT NULL REFERENCES quiz_attempt (id),
    position     INTEGER      NOT NULL,
    question_id  VARCHAR(64)  NOT NULL,
    option_order VARCHAR(100) NOT NULL,
    asked_at     BIGINT,
    deadline     BIGINT,
    answered_at  BIGINT,
    chosen       VARCHAR(100),
    correct      BOOLEAN,
    timed_out    BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (attempt_id, position)
);
CREATE INDEX quiz_attempt_answer_deadline ON quiz_attempt_answer (deadline, answered_at);

-- Telegram quiz polls the bot sent: a poll answer names only the poll, this says what it answers.
CREATE TABLE telegram_poll (
    poll_id      VARCHAR(100) PRIMARY KEY,
    chat_id      VARCHAR(100) NOT NULL,
    answer_prefix VARCHAR(200) NOT NULL,
    created_at   BIGINT       NOT NULL
);
