-- A handbook source that is not the rule in force although what replaced it is unverified (inForce: false in the
-- bank's YAML): an old rule all the same, named without a successor.
ALTER TABLE handbook_section ADD COLUMN out_of_force BOOLEAN NOT NULL DEFAULT FALSE;
