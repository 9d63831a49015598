package se.arshjul.validation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as Swedish documents write them: decimal comma, spaces as thousands separators and a
 * minus that may be a hyphen or the typographic minus ({@code 16,8}, {@code -433 575}, {@code −2,5}).
 * The one number parser: forms read numbers through {@link FormReader#number}, which adds the
 * column's digit limits.
 */
public final class SwedishNumbers {
    private static final Pattern NUMBER = Pattern.compile("^-?\\d{1,3}( \\d{3})*(,\\d+)?$|^-?\\d+(,\\d+)?$");

    private SwedishNumbers() {}

    public static Optional<BigDecimal> parse(String text) {
        if (text == null) return Optional.empty();
        String s = text.strip()
                .replace('\u2212', '-')   // typographic minus
                .replace('\u00a0', ' ')   // no-break space
                .replace('\u202f', ' ')   // narrow no-break space
                .replace('.', ',');       // accept a decimal point too
        if (!NUMBER.matcher(s).matches()) return Optional.empty();
        return Optional.of(new BigDecimal(s.replace(" ", "").replace(',', '.')));
    }

    /** The message key for a number the column cannot keep as written, or null when it fits. */
    public static String overflow(BigDecimal value, NumberColumn column) {
        BigDecimal stripped = value.stripTrailingZeros();
        int decimals = Math.max(stripped.scale(), 0);
        int integerDigits = Math.max(stripped.precision() - stripped.scale(), 1);
        if (integerDigits > column.integerDigits()) return "validation.number.tooLarge";
        if (decimals > column.decimals()) return column.decimals() == 0 ? "validation.number.whole" : "validation.number.decimals";
        return null;
    }

    public static String format(Number value) {
        if (value == null) return "";
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE"));
        symbols.setGroupingSeparator(' ');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        return format.format(value);
    }
}
