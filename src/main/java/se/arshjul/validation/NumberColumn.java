package se.arshjul.validation;

/**
 * How many digits a stored number keeps: the parser refuses more, instead of rounding silently or
 * failing at the database. {@link #AMOUNT} is the NUMERIC(18,2) every figure column uses.
 */
public record NumberColumn(int integerDigits, int decimals) {
    public static final NumberColumn AMOUNT = new NumberColumn(16, 2);
    public static final NumberColumn WHOLE = new NumberColumn(16, 0);
}
