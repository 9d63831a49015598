package se.arshjul.planning;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/** One line of a verksamhetsstatistik table: what is counted and its value in the three periods. */
@Table
public record StatisticsRow(String name, BigDecimal value1, BigDecimal value2, BigDecimal value3) {

    public BigDecimal value(int index) {
        return switch (index) {
            case 0 -> value1;
            case 1 -> value2;
            case 2 -> value3;
            default -> throw new IllegalArgumentException("No period " + index);
        };
    }
}
