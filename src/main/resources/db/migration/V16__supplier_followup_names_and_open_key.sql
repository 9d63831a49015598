-- Supplier follow-ups (package se.arshjul.suppliers.followup) get names that cannot be confused with
-- the report follow-up (followup_report ...): their tables are named after their types.
ALTER TABLE followup_event RENAME TO supplier_followup_event;
ALTER TABLE followup_finding RENAME TO supplier_followup_finding;
ALTER TABLE followup_kind_link RENAME TO supplier_followup_kind_link;

-- Idempotent start of a supplier follow-up: while a follow-up is open it carries the key
-- "agreement:provider:kind"; the unique index lets only one of two simultaneous starts (a double
-- submit) through. Closed follow-ups and those from before this version have no key.
ALTER TABLE supplier_followup ADD COLUMN open_key VARCHAR(80);
CREATE UNIQUE INDEX uq_supplier_followup_open_key ON supplier_followup (open_key);
