package se.arshjul.support;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as Swedish documents write them: decimal comma, spaces as thousands separators and a
 * minus that may be a hyphen or the typographic minus ({@code 16,8}, {@code -433 575}, {@code −2,5}).
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

    public static String format(Number value) {
        if (value == null) return "";
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE"));
        symbols.setGroupingSeparator(' ');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        return format.format(value);
    }
}
