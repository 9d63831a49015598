package se.arshjul.planning;

import java.time.LocalDate;

/**
 * Published when the board's decision on a verksamhetsplan is recorded, inside the same
 * transaction, so plans that are decided with it (the internkontrollplan) can follow.
 */
public record PlanDecided(int year, LocalDate date, String paragraph, String diarienummer) {
}
