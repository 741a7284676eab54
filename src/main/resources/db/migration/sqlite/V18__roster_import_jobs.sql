-- Rosters imported in the background (a province's file): where each stands, and at the end what it did or why not.
CREATE TABLE roster_import_job (
    id          INTEGER PRIMARY KEY,
    state       VARCHAR(20) NOT NULL,
    rows_total  INTEGER,
    rows_done   INTEGER     NOT NULL DEFAULT 0,
    outcome     TEXT,
    created_at  BIGINT      NOT NULL,
    finished_at BIGINT
);
