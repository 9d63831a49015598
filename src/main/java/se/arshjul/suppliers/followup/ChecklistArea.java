package se.arshjul.suppliers.followup;

/**
 * The review checklist of a supplier follow-up. The key is the form field key in
 * forms/lu-granskning.form; labels in the bundle as {@code supplier.area.<CONSTANT>}.
 */
public enum ChecklistArea {
    KVALITETSARBETE("systematisktKvalitetsarbete"), BEMANNING("bemanningKompetens"), TILLSTAND("tillstand"),
    AVTALSKRAV("avtalskrav"), HALSO_SJUKVARD("halsoSjukvard"), DOKUMENTATION("dokumentation");

    private final String formKey;

    ChecklistArea(String formKey) {
        this.formKey = formKey;
    }

    public String formKey() {
        return formKey;
    }
}
