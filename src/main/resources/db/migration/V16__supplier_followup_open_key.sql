-- Idempotent start of a supplier follow-up: while a follow-up is open it carries the key
-- "agreement:provider:kind"; the unique index lets only one of two simultaneous starts (a double
-- submit) through. Closed follow-ups and those from before this version have no key.
ALTER TABLE supplier_followup ADD COLUMN open_key VARCHAR(80);
CREATE UNIQUE INDEX uq_supplier_followup_open_key ON supplier_followup (open_key);
