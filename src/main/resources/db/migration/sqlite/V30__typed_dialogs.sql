-- Dialogs keep a typed state: step holds the state's type, data its fields as JSON; an admin acting for a cell
-- keeps that cell in acting_cell_id. Dialogs last minutes, so open ones of the old form are dropped.
DELETE FROM dialog_state;
ALTER TABLE dialog_state ADD COLUMN acting_cell_id BIGINT;
