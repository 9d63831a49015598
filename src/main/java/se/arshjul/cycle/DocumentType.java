package se.arshjul.cycle;

import java.util.Arrays;
import java.util.Optional;

/** The documents of the annual cycle. The code starts every case's business key, e.g. {@code VP-2023}. */
public enum DocumentType {
    VP("Verksamhetsplan"),
    DELAR1("Delårsrapport 1"),
    DELAR2("Delårsrapport 2"),
    VB("Verksamhetsberättelse"),
    IK("Internkontroll"),
    LU("Leverantörsuppföljning");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    /**
     * @deprecated pages and messages read {@code cycle.doc.<TYPE>} from the bundle; only
     * {@code followup.ReportFactory} still titles its reports with this.
     */
    @Deprecated(forRemoval = true)
    public String label() {
        return label;
    }

    public static Optional<DocumentType> parse(String code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
    }
}
