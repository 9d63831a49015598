package se.arshjul.cycle;

import java.util.Arrays;
import java.util.Optional;

/** The documents of the annual cycle. The code starts every case's business key, e.g. {@code VP-2023}. */
public enum DocumentType {
    VP, DELAR1, DELAR2, VB, IK, LU;

    /** Its name as people read it: {@code cycle.doc.<TYPE>} in the bundle. */
    public String key() {
        return "cycle.doc." + name();
    }

    public static Optional<DocumentType> parse(String code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
    }
}
