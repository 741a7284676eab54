-- Who pressed "Đã đọc tài liệu" for a meeting's agenda and documents, and the member the secretary named to
-- take the notes (thư ký), who may then record speakers from chat.
CREATE TABLE document_read (
    meeting_id INTEGER NOT NULL REFERENCES meeting (id),
    member_id  INTEGER NOT NULL REFERENCES member (id),
    read_at    BIGINT  NOT NULL,
    PRIMARY KEY (meeting_id, member_id)
);

ALTER TABLE meeting_record ADD COLUMN note_taker_id INTEGER REFERENCES member (id);
