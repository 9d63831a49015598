-- The internal control's records are named as the BPMN models and the plan name them:
-- a kontrollmoment's run is a kontrolltillfälle, what it finds an avvikelse (the entity
-- classes Kontrolltillfalle and Avvikelse map to these names without explicit, quoted table names).
ALTER TABLE control_run RENAME TO kontrolltillfalle;
ALTER TABLE control_deviation RENAME TO avvikelse;
-- A kontrollmoment's columns in the plan's words, like its other columns (kontrollmal, rapport_nar).
ALTER TABLE kontrollmoment RENAME COLUMN ansvarig_group TO ansvarig_grupp;
ALTER TABLE kontrollmoment RENAME COLUMN ansvarig_user TO ansvarig_person;
ALTER TABLE kontrollmoment RENAME COLUMN method TO metod;
ALTER TABLE kontrollmoment RENAME COLUMN sample_size TO stickprov;
ALTER TABLE kontrollmoment RENAME COLUMN frequency TO frekvens;
ALTER TABLE kontrollmoment RENAME COLUMN frequency_months TO manader;
