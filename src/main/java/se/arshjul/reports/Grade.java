package se.arshjul.reports;

import java.util.Arrays;
import java.util.Optional;

/** Måluppfyllelse of a nämndmål in the verksamhetsberättelse (4-grade scale). */
public enum Grade {
    MYCKET_HOG("I mycket hög grad uppfyllt"),
    HOG("I hög grad uppfyllt"),
    DELVIS("Delvis uppfyllt"),
    EJ("Ej uppfyllt");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Grade> parse(String code) {
        return Arrays.stream(values()).filter(g -> g.name().equals(code)).findFirst();
    }
}
