-- Tasks a meeting's resolution gives a member, with a due date; open ones are reviewed at the next meeting.
CREATE TABLE follow_up_task (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting (id),
    cell_id     INTEGER NOT NULL REFERENCES org_unit (id),
    title       TEXT NOT NULL,
    member_id   INTEGER NOT NULL REFERENCES member (id),
    due_on      TEXT NOT NULL,
    status      TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    reminded_at INTEGER
);
CREATE INDEX follow_up_task_cell ON follow_up_task (cell_id, status);
CREATE INDEX follow_up_task_member ON follow_up_task (member_id, status);
