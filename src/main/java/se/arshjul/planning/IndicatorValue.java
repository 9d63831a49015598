package se.arshjul.planning;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/** An indicator's utfall for one year; a missing value may carry the reason (e.g. too few answers). */
@Table
public record IndicatorValue(int outcomeYear, BigDecimal outcome, String missingReason) {}
