package se.arshjul.reports;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A figure of the personnel section (seed 001, "Väsentliga personalförhållanden"): antal anställda, sjukfrånvaro
 * and personalomsättning, for the report's year (or period) and the year before. Unit "antal" or "%".
 */
@Table
public record PersonnelFigure(String name, String unit, BigDecimal currentValue, BigDecimal previousValue) {
    public static final String COUNT = "antal";
    public static final String PERCENT = "%";

    public boolean percent() {
        return PERCENT.equals(unit);
    }

    /** The change from the year before (procentenheter for a percentage), null when a value is missing. */
    public BigDecimal change() {
        return currentValue == null || previousValue == null ? null : currentValue.subtract(previousValue);
    }

    /** The message key when the value is not acceptable for the figure, null when it is. */
    String problem(BigDecimal value) {
        if (value == null) return null;
        if (value.signum() < 0) return "report.personnel.negative";
        if (percent() && value.compareTo(new BigDecimal("100")) > 0) return "report.personnel.percentMax";
        if (!percent() && value.stripTrailingZeros().scale() > 0) return "validation.number.whole";
        return null;
    }

    PersonnelFigure withValues(BigDecimal current, BigDecimal previous) {
        return new PersonnelFigure(name, unit, current, previous);
    }
}
