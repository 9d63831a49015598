package se.arshjul.suppliers.registry;

/** Fixed value lists of the supplier registry, with their Swedish labels. */
public final class SupplierEnums {

    public enum IvoPermit {
        BEVILJAT("Tillstånd beviljat"), ANSOKT("Ansökan inlämnad"), SAKNAS("Tillstånd saknas"),
        INDRAGET("Tillstånd indraget"), EJ_TILLSTANDSPLIKT("Ej tillståndspliktig");
        private final String label;
        IvoPermit(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum AgreementType {
        LOV("LOV – valfrihetssystem"), LOU_RAMAVTAL("LOU – ramavtal"), DIREKTUPPHANDLING("Direktupphandling");
        private final String label;
        AgreementType(String label) { this.label = label; }
        public String label() { return label; }
    }

    /** Why a provider left an agreement: the list the board reports in delår 2 and the VB. */
    public enum LeaveReason {
        UTFORAREN_AVSLUTADE("Utföraren avslutade avtalet", false),
        BRISTER_I_YRKESUTOVNINGEN("Uppsagt på grund av brister i yrkesutövningen", true),
        EJ_ANSOKT_IVO("Ej ansökt om IVO-tillstånd", true),
        KONKURS("Konkurs", true),
        INDRAGET_IVO("Indraget IVO-tillstånd", true),
        VERKSAMHET_EJ_STARTAD("Verksamhet ej startad", true),
        VERKSAMHET_UPPHORT("Verksamhet upphört", true);
        private final String label;
        private final boolean byMunicipality;
        LeaveReason(String label, boolean byMunicipality) { this.label = label; this.byMunicipality = byMunicipality; }
        public String label() { return label; }
        /** True when the municipality ended the agreement (all reasons but the provider's own). */
        public boolean byMunicipality() { return byMunicipality; }
    }

    /** The review checklist of a follow-up. The key is the form field key in forms/lu-granskning.form. */
    public enum ChecklistArea {
        KVALITETSARBETE("systematisktKvalitetsarbete", "Systematiskt kvalitetsarbete"),
        BEMANNING("bemanningKompetens", "Bemanning och kompetens"),
        TILLSTAND("tillstand", "Tillstånd"),
        AVTALSKRAV("avtalskrav", "Avtalskrav"),
        HALSO_SJUKVARD("halsoSjukvard", "Hälso- och sjukvård"),
        DOKUMENTATION("dokumentation", "Dokumentation");
        private final String formKey;
        private final String label;
        ChecklistArea(String formKey, String label) { this.formKey = formKey; this.label = label; }
        public String formKey() { return formKey; }
        public String label() { return label; }
    }

    public enum Assessment {
        UPPFYLLT("Uppfyllt"), BRIST("Brist"), EJ_AKTUELLT("Ej aktuellt");
        private final String label;
        Assessment(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum FollowupStatus {
        DOKUMENTATION_BEGARD("Dokumentation begärd"), GRANSKNING("Granskas"), GODKAND("Godkänd"),
        ATGARDSPLAN("Åtgärdsplan begärd"), ATERKONTROLL("Återkontroll"), ATGARDAD("Åtgärdad"),
        VARNING("Varning"), SANKTION("Sanktion"), UPPSAGD("Avtalet uppsagt");
        private final String label;
        FollowupStatus(String label) { this.label = label; }
        public String label() { return label; }
        public boolean closed() { return this == GODKAND || this == ATGARDAD || this == SANKTION || this == UPPSAGD; }
    }

    public enum Result {
        GODKAND("Godkänd"), EJ_GODKAND("Ej godkänd");
        private final String label;
        Result(String label) { this.label = label; }
        public String label() { return label; }
    }

    public enum EventKind {
        DOKUMENTATION_BEGARD("Dokumentation begärd"), DOKUMENTATION_INKOMMEN("Dokumentation inkommen"),
        GRANSKAD("Granskad"), ATGARDSPLAN("Åtgärdsplan"), ATERKONTROLL("Återkontroll"), VARNING("Varning"),
        SANKTION("Sanktion"), UPPSAGNING("Uppsägning av avtalet");
        private final String label;
        EventKind(String label) { this.label = label; }
        public String label() { return label; }
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private SupplierEnums() {}
}
