package se.arshjul.reports;

import java.util.Optional;

/** The author may choose another grade than the suggested one, but must then write a motivering. */
public final class GradeChoice {
    private GradeChoice() {
    }

    /** A Swedish message when the choice is not acceptable, empty when it is. */
    public static Optional<String> validate(String suggestedCode, String chosenCode, String motivering) {
        if (chosenCode == null || chosenCode.isBlank()) {
            return Optional.of("Välj måluppfyllelse.");
        }
        boolean differs = suggestedCode != null && !suggestedCode.equals(chosenCode);
        if (differs && (motivering == null || motivering.strip().length() < 20)) {
            return Optional.of("Du har valt en annan bedömning än den föreslagna. Skriv en motivering (minst 20 tecken).");
        }
        return Optional.empty();
    }
}
