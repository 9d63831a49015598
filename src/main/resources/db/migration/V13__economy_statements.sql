-- Economy in the follow-up reports: the driftredovisning per verksamhet beside the resultaträkning,
-- the plan's sum rows (code + formula, computed when shown) and the period's utfall the year before.
ALTER TABLE economy_line ADD COLUMN statement VARCHAR(32) DEFAULT 'RESULTATRAKNING' NOT NULL;
ALTER TABLE economy_line ADD COLUMN code VARCHAR(64);
ALTER TABLE economy_line ADD COLUMN formula VARCHAR(500);
ALTER TABLE economy_line ADD COLUMN previous_outcome NUMERIC(18,2);
