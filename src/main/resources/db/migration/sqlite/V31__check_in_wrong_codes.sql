-- Wrong check-in codes per meeting and member: past a few, the member asks the secretary to be marked, so the
-- four-digit code cannot be guessed by trying them all.
CREATE TABLE check_in_wrong_code (
    meeting_id BIGINT  NOT NULL REFERENCES meeting (id),
    member_id  BIGINT  NOT NULL REFERENCES member (id),
    wrong      INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, member_id)
);
