-- A handbook section may rest on a document that was replaced ("294-QĐ/TW" replaced 232-QĐ/TW); a question
-- names the facts of the bank's fact sheet it rests on, for a reviewer to trace.
ALTER TABLE handbook_section ADD COLUMN replaced_by VARCHAR(100);
ALTER TABLE quiz_question ADD COLUMN facts VARCHAR(500) NOT NULL DEFAULT '[]';
