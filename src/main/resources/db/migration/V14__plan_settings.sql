-- The plan's own settings: the year its indicators' målvärden are set for (printed as "Målvärde 2030").
-- The nämndmål's unit (namndmal.unit_group, V2) already routes its section; nothing to add for it.
ALTER TABLE plan_document ADD COLUMN malvarde_year INTEGER DEFAULT 2030 NOT NULL;
