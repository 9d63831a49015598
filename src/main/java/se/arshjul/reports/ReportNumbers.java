package se.arshjul.reports;

import java.math.BigDecimal;

import se.arshjul.validation.SwedishNumbers;

/** Swedish number formatting for the report pages and the document ({@code ${num.show(x)}}). */
public class ReportNumbers {
    /** The value as the form shows it; empty when there is none. */
    public static String fmt(BigDecimal value) {
        return value == null ? "" : SwedishNumbers.format(value.stripTrailingZeros());
    }

    /** The value as a table shows it; a dash when there is none. */
    public String show(BigDecimal value) {
        return value == null ? "–" : fmt(value);
    }
}
