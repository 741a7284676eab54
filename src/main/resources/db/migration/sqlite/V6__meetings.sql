-- Concrete meetings (regular ones generated from the rule, one per cell and month; thematic and extra
-- ones added by hand), each cell's calendar feed address, and the web chat's inbox for pushed messages.

CREATE TABLE meeting (
    id            INTEGER PRIMARY KEY,
    cell_id       INTEGER       NOT NULL REFERENCES org_unit (id),
    kind          VARCHAR(20)   NOT NULL,
    starts_at     BIGINT        NOT NULL,
    time_zone     VARCHAR(64)   NOT NULL,
    place         VARCHAR(200)  NOT NULL,
    title         VARCHAR(200),
    topic         VARCHAR(1000),
    regular_month VARCHAR(7),
    moved         BOOLEAN       NOT NULL,
    cancelled_at  BIGINT,
    cancel_reason VARCHAR(500),
    version       INTEGER       NOT NULL,
    created_at    BIGINT        NOT NULL,
    updated_at    BIGINT        NOT NULL,
    UNIQUE (cell_id, regular_month)
);
CREATE INDEX meeting_cell_start ON meeting (cell_id, starts_at);

CREATE TABLE cell_calendar (
    cell_id INTEGER     PRIMARY KEY REFERENCES org_unit (id),
    token   VARCHAR(64) NOT NULL UNIQUE
);

CREATE TABLE web_chat_inbox (
    id         INTEGER PRIMARY KEY,
    chat_id    VARCHAR(100) NOT NULL,
    payload    TEXT         NOT NULL,
    created_at BIGINT       NOT NULL
);
CREATE INDEX web_chat_inbox_chat ON web_chat_inbox (chat_id, id);
