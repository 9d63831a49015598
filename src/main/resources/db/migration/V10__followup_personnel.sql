-- Personnel figures of a follow-up report's personnel section (HR): the year's and the year before's value.
CREATE TABLE personnel_figure (
    report_section      BIGINT         NOT NULL REFERENCES report_section (id),
    report_section_key  INTEGER        NOT NULL,
    name                VARCHAR(200)   NOT NULL,
    unit                VARCHAR(16)    NOT NULL,
    current_value       NUMERIC(18,2),
    previous_value      NUMERIC(18,2),
    PRIMARY KEY (report_section, report_section_key)
);
