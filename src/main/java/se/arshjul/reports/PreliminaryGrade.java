package se.arshjul.reports;

import java.util.Arrays;
import java.util.Optional;

/** Delår 2's preliminary assessment of whether a nämndmål will be reached by the end of the year. */
public enum PreliminaryGrade {
    UPPNAS("Uppnås"),
    UPPNAS_DELVIS("Uppnås delvis"),
    UPPNAS_EJ("Uppnås ej");

    private final String label;

    PreliminaryGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<PreliminaryGrade> parse(String code) {
        return Arrays.stream(values()).filter(g -> g.name().equals(code)).findFirst();
    }
}
