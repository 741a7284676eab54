-- Each meeting's figures (replies, presence, exemptions, grade) kept once worked out, so that a committee's report
-- over thousands of meetings reads one row a meeting instead of every reply and mark. A kept row counts only while
-- the versions it was worked out at are still current: the database itself moves a version on whatever a figure
-- rests on, whichever code writes it - a meeting's replies, marks, check-in, minutes, checklist, speeches, votes
-- and documents ('M', the meeting), a cell's roster and its members' exemptions ('C', the cell), the quality
-- frames and the tree ('A', everything).


CREATE TABLE figures_version (
    kind    VARCHAR(1) NOT NULL,
    id      INTEGER    NOT NULL,
    version INTEGER    NOT NULL,
    PRIMARY KEY (kind, id)
);

CREATE TABLE meeting_tally (
    meeting_id        INTEGER PRIMARY KEY,
    cell_id           INTEGER NOT NULL,
    starts_at         INTEGER NOT NULL,
    meeting_version   INTEGER NOT NULL,
    cell_version      INTEGER NOT NULL,
    tree_version      INTEGER NOT NULL,
    expected          INTEGER NOT NULL,
    replied_attending INTEGER NOT NULL,
    replied_excused   INTEGER NOT NULL,
    replied_absent    INTEGER NOT NULL,
    recorded          BOOLEAN NOT NULL,
    present           INTEGER NOT NULL,
    absent_excused    INTEGER NOT NULL,
    absent_unexcused  INTEGER NOT NULL,
    exempt            INTEGER NOT NULL,
    exempt_present    INTEGER NOT NULL,
    grade_points      REAL,
    grade             VARCHAR(10)
);

CREATE INDEX meeting_tally_cell ON meeting_tally (cell_id, starts_at);

CREATE TRIGGER figures_rsvp_insert AFTER INSERT ON rsvp
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', NEW.meeting_id, 1 WHERE NEW.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_rsvp_update AFTER UPDATE ON rsvp
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', NEW.meeting_id, 1 WHERE NEW.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
    INSERT INTO figures_version (kind, id, version) SELECT 'M', OLD.meeting_id, 1 WHERE OLD.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_rsvp_delete AFTER DELETE ON rsvp
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', OLD.meeting_id, 1 WHERE OLD.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_presence_insert AFTER INSERT ON presence
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', NEW.meeting_id, 1 WHERE NEW.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_presence_update AFTER UPDATE ON presence
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', NEW.meeting_id, 1 WHERE NEW.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
    INSERT INTO figures_version (kind, id, version) SELECT 'M', OLD.meeting_id, 1 WHERE OLD.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_presence_delete AFTER DELETE ON presence
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', OLD.meeting_id, 1 WHERE OLD.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_check_in_insert AFTER INSERT ON check_in
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', NEW.meeting_id, 1 WHERE NEW.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_check_in_update AFTER UPDATE ON check_in
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', NEW.meeting_id, 1 WHERE NEW.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
    INSERT INTO figures_version (kind, id, version) SELECT 'M', OLD.meeting_id, 1 WHERE OLD.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_check_in_delete AFTER DELETE ON check_in
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', OLD.meeting_id, 1 WHERE OLD.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_meeting_record_insert AFTER INSERT ON meeting_record
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', NEW.meeting_id, 1 WHERE NEW.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_meeting_record_update AFTER UPDATE ON meeting_record
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', NEW.meeting_id, 1 WHERE NEW.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
    INSERT INTO figures_version (kind, id, version) SELECT 'M', OLD.meeting_id, 1 WHERE OLD.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_meeting_record_delete AFTER DELETE ON meeting_record
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', OLD.meeting_id, 1 WHERE OLD.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_meeting_assessment_insert AFTER INSERT ON meeting_assessment
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', NEW.meeting_id, 1 WHERE NEW.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_meeting_assessment_update AFTER UPDATE ON meeting_assessment
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', NEW.meeting_id, 1 WHERE NEW.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
    INSERT INTO figures_version (kind, id, version) SELECT 'M', OLD.meeting_id, 1 WHERE OLD.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_meeting_assessment_delete AFTER DELETE ON meeting_assessment
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', OLD.meeting_id, 1 WHERE OLD.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_speech_insert AFTER INSERT ON speech
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', NEW.meeting_id, 1 WHERE NEW.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_speech_update AFTER UPDATE ON speech
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', NEW.meeting_id, 1 WHERE NEW.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
    INSERT INTO figures_version (kind, id, version) SELECT 'M', OLD.meeting_id, 1 WHERE OLD.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_speech_delete AFTER DELETE ON speech
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', OLD.meeting_id, 1 WHERE OLD.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_meeting_vote_insert AFTER INSERT ON meeting_vote
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', NEW.meeting_id, 1 WHERE NEW.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_meeting_vote_update AFTER UPDATE ON meeting_vote
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', NEW.meeting_id, 1 WHERE NEW.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
    INSERT INTO figures_version (kind, id, version) SELECT 'M', OLD.meeting_id, 1 WHERE OLD.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_meeting_vote_delete AFTER DELETE ON meeting_vote
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', OLD.meeting_id, 1 WHERE OLD.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_vote_ballot_insert AFTER INSERT ON vote_ballot
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', (SELECT meeting_id FROM meeting_vote WHERE id = NEW.vote_id), 1 WHERE (SELECT meeting_id FROM meeting_vote WHERE id = NEW.vote_id) IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_vote_ballot_update AFTER UPDATE ON vote_ballot
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', (SELECT meeting_id FROM meeting_vote WHERE id = NEW.vote_id), 1 WHERE (SELECT meeting_id FROM meeting_vote WHERE id = NEW.vote_id) IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
    INSERT INTO figures_version (kind, id, version) SELECT 'M', (SELECT meeting_id FROM meeting_vote WHERE id = OLD.vote_id), 1 WHERE (SELECT meeting_id FROM meeting_vote WHERE id = OLD.vote_id) IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_vote_ballot_delete AFTER DELETE ON vote_ballot
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', (SELECT meeting_id FROM meeting_vote WHERE id = OLD.vote_id), 1 WHERE (SELECT meeting_id FROM meeting_vote WHERE id = OLD.vote_id) IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_meeting_document_insert AFTER INSERT ON meeting_document
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', NEW.meeting_id, 1 WHERE NEW.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_meeting_document_update AFTER UPDATE ON meeting_document
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', NEW.meeting_id, 1 WHERE NEW.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
    INSERT INTO figures_version (kind, id, version) SELECT 'M', OLD.meeting_id, 1 WHERE OLD.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_meeting_document_delete AFTER DELETE ON meeting_document
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', OLD.meeting_id, 1 WHERE OLD.meeting_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_meeting_update AFTER UPDATE ON meeting
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', NEW.id, 1 WHERE NEW.id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
    INSERT INTO figures_version (kind, id, version) SELECT 'M', OLD.id, 1 WHERE OLD.id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_meeting_delete AFTER DELETE ON meeting
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'M', OLD.id, 1 WHERE OLD.id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_member_insert AFTER INSERT ON member
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'C', NEW.unit_id, 1 WHERE NEW.unit_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_member_update AFTER UPDATE ON member
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'C', NEW.unit_id, 1 WHERE NEW.unit_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
    INSERT INTO figures_version (kind, id, version) SELECT 'C', OLD.unit_id, 1 WHERE OLD.unit_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_member_delete AFTER DELETE ON member
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'C', OLD.unit_id, 1 WHERE OLD.unit_id IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_member_exemption_insert AFTER INSERT ON member_exemption
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'C', (SELECT unit_id FROM member WHERE id = NEW.member_id), 1 WHERE (SELECT unit_id FROM member WHERE id = NEW.member_id) IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_member_exemption_update AFTER UPDATE ON member_exemption
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'C', (SELECT unit_id FROM member WHERE id = NEW.member_id), 1 WHERE (SELECT unit_id FROM member WHERE id = NEW.member_id) IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
    INSERT INTO figures_version (kind, id, version) SELECT 'C', (SELECT unit_id FROM member WHERE id = OLD.member_id), 1 WHERE (SELECT unit_id FROM member WHERE id = OLD.member_id) IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_member_exemption_delete AFTER DELETE ON member_exemption
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'C', (SELECT unit_id FROM member WHERE id = OLD.member_id), 1 WHERE (SELECT unit_id FROM member WHERE id = OLD.member_id) IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_quality_frame_insert AFTER INSERT ON quality_frame
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'A', 0, 1 WHERE 0 IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_quality_frame_update AFTER UPDATE ON quality_frame
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'A', 0, 1 WHERE 0 IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_quality_frame_delete AFTER DELETE ON quality_frame
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'A', 0, 1 WHERE 0 IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER figures_org_unit_update AFTER UPDATE ON org_unit
BEGIN
    INSERT INTO figures_version (kind, id, version) SELECT 'A', 0, 1 WHERE 0 IS NOT NULL
        ON CONFLICT (kind, id) DO UPDATE SET version = version + 1;
END;
