-- Activities and utvecklingsåtaganden of a nämndmål (part of the plan), and the status per report period of
-- each activity and riskåtgärd (Klart, Blir klart i år, Troligen klart i år, Ej klart i år) with its kommentar,
-- kept in the report's status section so delår 1, delår 2 and the VB each keep what they reported.
CREATE TABLE aktivitet (
    namndmal      BIGINT         NOT NULL REFERENCES namndmal (id),
    namndmal_key  INTEGER        NOT NULL,
    kind          VARCHAR(32)    NOT NULL,
    title         VARCHAR(2000)  NOT NULL,
    unit_group    VARCHAR(64),
    PRIMARY KEY (namndmal, namndmal_key)
);

CREATE TABLE status_row (
    report_section      BIGINT         NOT NULL REFERENCES report_section (id),
    report_section_key  INTEGER        NOT NULL,
    kind                VARCHAR(32)    NOT NULL,
    context             VARCHAR(2000),
    title               VARCHAR(2000)  NOT NULL,
    risk_action_id      BIGINT,
    status              VARCHAR(32),
    kommentar           VARCHAR(4000),
    PRIMARY KEY (report_section, report_section_key)
);
