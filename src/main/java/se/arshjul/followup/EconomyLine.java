package se.arshjul.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A row of the resultaträkning or driftredovisning (tkr): budget and prognos for the year, budget and
 * utfall for the period. Avvikelse is positive when favourable, as in the seeds: for an intäkt
 * prognos − budget, for a kostnad or nettokostnad budget − prognos.
 */
@Table
public record EconomyLine(String name, LineKind kind, BigDecimal budget, BigDecimal prognos,
                          BigDecimal periodBudget, BigDecimal periodOutcome) {

    public enum LineKind {
        INTAKT("Intäkt"), KOSTNAD("Kostnad");

        private final String label;

        LineKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public BigDecimal avvikelse() {
        return deviation(budget, prognos);
    }

    public BigDecimal avvikelsePercent() {
        return percent(avvikelse(), budget);
    }

    public BigDecimal periodAvvikelse() {
        return deviation(periodBudget, periodOutcome);
    }

    public BigDecimal periodAvvikelsePercent() {
        return percent(periodAvvikelse(), periodBudget);
    }

    private BigDecimal deviation(BigDecimal planned, BigDecimal actual) {
        if (planned == null || actual == null) return null;
        return kind == LineKind.INTAKT ? actual.subtract(planned) : planned.subtract(actual);
    }

    /** One decimal, as in the reports; none when the budget is zero. */
    private static BigDecimal percent(BigDecimal deviation, BigDecimal base) {
        if (deviation == null || base == null || base.signum() == 0) return null;
        return deviation.multiply(new BigDecimal("100")).divide(base.abs(), 1, RoundingMode.HALF_UP);
    }
}
