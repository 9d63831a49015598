package se.arshjul.suppliers.plan;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import se.arshjul.suppliers.followup.SupplierFollowupKind;
import se.arshjul.suppliers.registry.SupplierEnums;

/**
 * One line of the plan: agreement, year, kind of follow-up, which providers and the planned period,
 * {@code M01}..{@code M12} (a month) or {@code Q1}..{@code Q4} (a quarter).
 */
@Table
public record SupplierPlanItem(@Id Long id, Long planId, Long agreementId, int itemYear, String kind, String scope,
                               String period, String note) {

    public String kindLabel() {
        SupplierFollowupKind k = SupplierEnums.parse(SupplierFollowupKind.class, kind);
        return k == null ? kind : k.label();
    }

    public String scopeLabel() {
        SupplierPlanScope s = SupplierEnums.parse(SupplierPlanScope.class, scope);
        return s == null ? scope : s.label();
    }

    public String periodLabel() {
        return Period.label(period);
    }

    public LocalDate periodStart() {
        return Period.start(itemYear, period);
    }

    public LocalDate periodEnd() {
        return Period.end(itemYear, period);
    }

    /** Planned periods: months and quarters. */
    public static final class Period {
        static final String[] MONTHS = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                "september", "oktober", "november", "december"};
        public static final java.util.List<String> ALL;
        static {
            java.util.List<String> all = new java.util.ArrayList<>();
            for (int m = 1; m <= 12; m++) all.add(String.format("M%02d", m));
            for (int q = 1; q <= 4; q++) all.add("Q" + q);
            ALL = java.util.List.copyOf(all);
        }

        public static boolean valid(String p) {
            return p != null && ALL.contains(p);
        }

        public static String label(String p) {
            if (!valid(p)) return p;
            return p.startsWith("Q") ? "Kvartal " + p.substring(1) : capitalised(MONTHS[Integer.parseInt(p.substring(1)) - 1]);
        }

        static LocalDate start(int year, String p) {
            return p.startsWith("Q") ? LocalDate.of(year, (Integer.parseInt(p.substring(1)) - 1) * 3 + 1, 1)
                    : LocalDate.of(year, Integer.parseInt(p.substring(1)), 1);
        }

        static LocalDate end(int year, String p) {
            LocalDate s = start(year, p);
            return (p.startsWith("Q") ? s.plusMonths(3) : s.plusMonths(1)).minusDays(1);
        }

        private static String capitalised(String s) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        private Period() {}
    }

    SupplierPlanItem copy(Long newPlanId, int year) {
        return new SupplierPlanItem(null, newPlanId, agreementId, year, kind, scope, period, note);
    }
}
