-- PostgreSQL twin of ../sqlite/V19__current_rules_bank.sql: the same tables; ids are identities, ids they point to BIGINT,
-- text columns TEXT (lengths are checked by the code, as SQLite never checked them).
-- A handbook section may rest on a document that was replaced ("294-QĐ/TW" replaced 232-QĐ/TW); a question
-- names the facts of the bank's fact sheet it rests on, for a reviewer to trace.
ALTER TABLE handbook_section ADD COLUMN replaced_by TEXT;
ALTER TABLE quiz_question ADD COLUMN facts TEXT NOT NULL DEFAULT '[]';
