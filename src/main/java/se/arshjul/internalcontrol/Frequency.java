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
 * last day; the kontrolltillfälle for a period is created when the period starts and is due when it ends.
 * Labels: {@code ic.frequency.<CONSTANT>}; the text with months: {@code ic.frequency.text.<CONSTANT>}.
 */
public enum Frequency {
    MONTHLY,
    QUARTERLY,
    /** N gånger/år in the chosen months, e.g. "3 gånger/år (april, aug, dec)": one period per chosen month. */
    SELECTED_MONTHS,
    /** 1 gång/år in one chosen month, e.g. "1 gång/år (nov)". */
    YEARLY;

    static final Locale SV = Locale.forLanguageTag("sv");

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
