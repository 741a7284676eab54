-- Spring Modulith's event publication registry: a row per cross-module event and listener, written in the
-- transaction that published the event and deleted when the listener's work is done. A row left at a crash is
-- handed to its listener again at the next start.
CREATE TABLE event_publication (
    id                     TEXT    PRIMARY KEY,
    listener_id            TEXT    NOT NULL,
    event_type             TEXT    NOT NULL,
    serialized_event       TEXT    NOT NULL,
    publication_date       BIGINT  NOT NULL,
    completion_date        BIGINT,
    status                 TEXT    NOT NULL,
    completion_attempts    INTEGER NOT NULL,
    last_resubmission_date BIGINT
);
CREATE INDEX event_publication_open ON event_publication (completion_date, publication_date);
