package se.arshjul.internalcontrol;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How often a kontrollmoment is run, and the periods that gives in a year. Every period ends on its
 * last day; the run for a period is created when the period starts and is due when it ends.
 */
public enum Frequency {
    MONTHLY("Månadsvis"),
    QUARTERLY("Kvartalsvis"),
    /** N gånger/år in the chosen months, e.g. "3 gånger/år (april, aug, dec)": one period per chosen month. */
    SELECTED_MONTHS("Flera gånger per år, valda månader"),
    /** 1 gång/år in one chosen month, e.g. "1 gång/år (nov)". */
    YEARLY("1 gång per år, vald månad");

    static final Locale SV = Locale.forLanguageTag("sv");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public record Period(LocalDate start, LocalDate end, String label) {}

    public List<Period> periods(int year, List<Integer> months) {
        List<Period> periods = new ArrayList<>();
        switch (this) {
            case MONTHLY -> {
                for (int m = 1; m <= 12; m++) {
                    periods.add(month(year, m));
                }
            }
            case QUARTERLY -> {
                for (int q = 0; q < 4; q++) {
                    LocalDate start = LocalDate.of(year, q * 3 + 1, 1);
                    periods.add(new Period(start, YearMonth.of(year, q * 3 + 3).atEndOfMonth(), "Kvartal " + (q + 1) + " " + year));
                }
            }
            case SELECTED_MONTHS, YEARLY -> months.stream().sorted().distinct().forEach(m -> periods.add(month(year, m)));
        }
        return periods;
    }

    private static Period month(int year, int m) {
        YearMonth ym = YearMonth.of(year, m);
        return new Period(ym.atDay(1), ym.atEndOfMonth(), Month.of(m).getDisplayName(TextStyle.FULL_STANDALONE, SV) + " " + year);
    }

    public String describe(List<Integer> months) {
        return switch (this) {
            case MONTHLY, QUARTERLY -> label.substring(0, 1).toUpperCase(SV) + label.substring(1);
            case YEARLY -> "1 gång/år (" + monthNames(months) + ")";
            case SELECTED_MONTHS -> months.size() + " gånger/år (" + monthNames(months) + ")";
        };
    }

    static String monthNames(List<Integer> months) {
        return months.stream().sorted().map(m -> Month.of(m).getDisplayName(TextStyle.SHORT_STANDALONE, SV).replace(".", ""))
                .collect(Collectors.joining(", "));
    }

    static List<Integer> parseMonths(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).sorted().toList();
    }

    static String formatMonths(List<Integer> months) {
        return months == null || months.isEmpty() ? null
                : months.stream().sorted().distinct().map(String::valueOf).collect(Collectors.joining(","));
    }
}
