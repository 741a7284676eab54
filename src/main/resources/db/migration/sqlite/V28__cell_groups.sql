-- The group chat a cell's secretary linked with /ketnoi: the cell's new, moved and cancelled meetings, the
-- reminder two hours before, check-in and the summary after the meeting are also posted there.
CREATE TABLE cell_group (
    cell_id   INTEGER PRIMARY KEY REFERENCES org_unit (id),
    channel   TEXT    NOT NULL,
    chat_id   TEXT    NOT NULL,
    linked_by INTEGER REFERENCES member (id),
    linked_at BIGINT  NOT NULL,
    UNIQUE (channel, chat_id)
);
