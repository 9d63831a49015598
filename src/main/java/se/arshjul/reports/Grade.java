package se.arshjul.reports;

import java.util.Arrays;
import java.util.Optional;

/** Måluppfyllelse of a nämndmål in the verksamhetsberättelse (4-grade scale); keys {@code report.grade.<CONSTANT>}. */
public enum Grade {
    MYCKET_HOG, HOG, DELVIS, EJ;

    public static Optional<Grade> parse(String code) {
        return Arrays.stream(values()).filter(g -> g.name().equals(code)).findFirst();
    }
}
