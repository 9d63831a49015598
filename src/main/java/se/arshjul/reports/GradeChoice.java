package se.arshjul.reports;

import java.util.Optional;

/** The author may choose another grade than the suggested one, but must then write a motivering. */
public final class GradeChoice {
    private GradeChoice() {
    }

    /** The message key when the choice is not acceptable, empty when it is. */
    public static Optional<String> validate(String suggestedCode, String chosenCode, String motivering) {
        if (chosenCode == null || chosenCode.isBlank()) {
            return Optional.of("report.grade.required");
        }
        boolean differs = suggestedCode != null && !suggestedCode.equals(chosenCode);
        if (differs && (motivering == null || motivering.strip().length() < 20)) {
            return Optional.of("report.grade.motiveringRequired");
        }
        return Optional.empty();
    }
}
