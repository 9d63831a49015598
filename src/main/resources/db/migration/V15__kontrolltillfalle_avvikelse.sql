-- The internal control's records are named as the BPMN models and the plan name them:
-- a kontrollmoment's run is a kontrolltillfälle, what it finds an avvikelse (the entity
-- classes Kontrolltillfalle and Avvikelse map to these names without explicit, quoted table names).
ALTER TABLE control_run RENAME TO kontrolltillfalle;
ALTER TABLE control_deviation RENAME TO avvikelse;
