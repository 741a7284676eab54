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
    meeting_id        BIGINT PRIMARY KEY,
    cell_id           BIGINT NOT NULL,
    starts_at         BIGINT NOT NULL,
    meeting_version   BIGINT NOT NULL,
    cell_version      BIGINT NOT NULL,
    tree_version      BIGINT NOT NULL,
    expected          BIGINT NOT NULL,
    replied_attending BIGINT NOT NULL,
    replied_excused   BIGINT NOT NULL,
    replied_absent    BIGINT NOT NULL,
    recorded          BOOLEAN NOT NULL,
    present           BIGINT NOT NULL,
    absent_excused    BIGINT NOT NULL,
    absent_unexcused  BIGINT NOT NULL,
    exempt            BIGINT NOT NULL,
    exempt_present    BIGINT NOT NULL,
    grade_points      DOUBLE PRECISION,
    grade             VARCHAR(10)
);

CREATE INDEX meeting_tally_cell ON meeting_tally (cell_id, starts_at);


CREATE FUNCTION bump_figures_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    bumped_kind TEXT := TG_ARGV[0];
    found_by    TEXT := TG_ARGV[1];
    changed     JSONB;
    bumped_id   BIGINT;
BEGIN
    FOREACH changed IN ARRAY ARRAY[CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END,
                                   CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END] LOOP
        CONTINUE WHEN changed IS NULL;
        bumped_id := CASE found_by
            WHEN 'vote_id' THEN (SELECT meeting_id FROM meeting_vote WHERE id = (changed ->> 'vote_id')::BIGINT)
            WHEN 'member_id' THEN (SELECT unit_id FROM member WHERE id = (changed ->> 'member_id')::BIGINT)
            WHEN 'none' THEN 0
            ELSE (changed ->> found_by)::BIGINT END;
        CONTINUE WHEN bumped_id IS NULL;
        INSERT INTO figures_version (kind, id, version) VALUES (bumped_kind, bumped_id, 1)
        ON CONFLICT (kind, id) DO UPDATE SET version = figures_version.version + 1;
        EXIT WHEN bumped_kind = 'A';
    END LOOP;
    RETURN NULL;
END $$;

CREATE TRIGGER figures_rsvp AFTER INSERT OR UPDATE OR DELETE ON rsvp
    FOR EACH ROW EXECUTE FUNCTION bump_figures_version('M', 'meeting_id');

CREATE TRIGGER figures_presence AFTER INSERT OR UPDATE OR DELETE ON presence
    FOR EACH ROW EXECUTE FUNCTION bump_figures_version('M', 'meeting_id');

CREATE TRIGGER figures_check_in AFTER INSERT OR UPDATE OR DELETE ON check_in
    FOR EACH ROW EXECUTE FUNCTION bump_figures_version('M', 'meeting_id');

CREATE TRIGGER figures_meeting_record AFTER INSERT OR UPDATE OR DELETE ON meeting_record
    FOR EACH ROW EXECUTE FUNCTION bump_figures_version('M', 'meeting_id');

CREATE TRIGGER figures_meeting_assessment AFTER INSERT OR UPDATE OR DELETE ON meeting_assessment
    FOR EACH ROW EXECUTE FUNCTION bump_figures_version('M', 'meeting_id');

CREATE TRIGGER figures_speech AFTER INSERT OR UPDATE OR DELETE ON speech
    FOR EACH ROW EXECUTE FUNCTION bump_figures_version('M', 'meeting_id');

CREATE TRIGGER figures_meeting_vote AFTER INSERT OR UPDATE OR DELETE ON meeting_vote
    FOR EACH ROW EXECUTE FUNCTION bump_figures_version('M', 'meeting_id');

CREATE TRIGGER figures_vote_ballot AFTER INSERT OR UPDATE OR DELETE ON vote_ballot
    FOR EACH ROW EXECUTE FUNCTION bump_figures_version('M', 'vote_id');

CREATE TRIGGER figures_meeting_document AFTER INSERT OR UPDATE OR DELETE ON meeting_document
    FOR EACH ROW EXECUTE FUNCTION bump_figures_version('M', 'meeting_id');

CREATE TRIGGER figures_meeting AFTER UPDATE OR DELETE ON meeting
    FOR EACH ROW EXECUTE FUNCTION bump_figures_version('M', 'id');

CREATE TRIGGER figures_member AFTER INSERT OR UPDATE OR DELETE ON member
    FOR EACH ROW EXECUTE FUNCTION bump_figures_version('C', 'unit_id');

CREATE TRIGGER figures_member_exemption AFTER INSERT OR UPDATE OR DELETE ON member_exemption
    FOR EACH ROW EXECUTE FUNCTION bump_figures_version('C', 'member_id');

CREATE TRIGGER figures_quality_frame AFTER INSERT OR UPDATE OR DELETE ON quality_frame
    FOR EACH ROW EXECUTE FUNCTION bump_figures_version('A', 'none');

CREATE TRIGGER figures_org_unit AFTER UPDATE ON org_unit
    FOR EACH ROW EXECUTE FUNCTION bump_figures_version('A', 'none');
