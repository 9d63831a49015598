package se.arshjul.reports;

import java.util.Arrays;
import java.util.Optional;

/**
 * Delår 2's preliminary assessment of whether a nämndmål will be reached by the end of the year;
 * keys {@code report.grade.<CONSTANT>}.
 */
public enum PreliminaryGrade {
    UPPNAS, UPPNAS_DELVIS, UPPNAS_EJ;

    public static Optional<PreliminaryGrade> parse(String code) {
        return Arrays.stream(values()).filter(g -> g.name().equals(code)).findFirst();
    }
}
