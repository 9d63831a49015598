package se.arshjul.followup;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import se.arshjul.cycle.DocumentType;

/**
 * Status of one of the board's uppdrag in a follow-up. The delårsrapporter use the four statuses of seed 003;
 * at year end the verksamhetsberättelse only says Klart or Ej klart i år (seed 001's uppdrag table).
 */
public enum UppdragStatus {
    KLART("Klart"),
    BLIR_KLART_I_AR("Blir klart i år"),
    TROLIGEN_KLART_I_AR("Troligen klart i år"),
    EJ_KLART_I_AR("Ej klart i år");

    private final String label;

    UppdragStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses an author may choose in a report of the type. */
    public static List<UppdragStatus> choices(DocumentType type) {
        return type == DocumentType.VB ? List.of(KLART, EJ_KLART_I_AR) : List.of(values());
    }

    static Optional<UppdragStatus> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }
}
