-- The agenda and documents of a meeting, sent to members with their first reminder.
CREATE TABLE meeting_document (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER      NOT NULL REFERENCES meeting (id),
    file_name  VARCHAR(200) NOT NULL,
    media_type VARCHAR(100) NOT NULL,
    content    BLOB         NOT NULL,
    added_at   BIGINT       NOT NULL
);
CREATE INDEX meeting_document_meeting ON meeting_document (meeting_id, id);
