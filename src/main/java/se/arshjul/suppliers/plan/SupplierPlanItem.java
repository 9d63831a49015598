package se.arshjul.suppliers.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One line of the plan: agreement, year, kind of follow-up ({@code SupplierFollowupKind}), which
 * providers ({@link SupplierPlanScope}) and the planned period, {@code M01}..{@code M12} (a month) or
 * {@code Q1}..{@code Q4} (a quarter); period labels in the bundle as {@code supplier.period.<period>}.
 */
@Table
public record SupplierPlanItem(@Id Long id, Long planId, Long agreementId, int itemYear, String kind, String scope,
                               String period, String note) {

    /** Every period a line may name, months first. */
    public static final List<String> PERIODS = periods();

    private static List<String> periods() {
        List<String> all = new ArrayList<>();
        for (int m = 1; m <= 12; m++) all.add(String.format("M%02d", m));
        for (int q = 1; q <= 4; q++) all.add("Q" + q);
        return List.copyOf(all);
    }

    public static boolean validPeriod(String p) {
        return p != null && PERIODS.contains(p);
    }

    public LocalDate periodStart() {
        int n = Integer.parseInt(period.substring(1));
        return period.startsWith("Q") ? LocalDate.of(itemYear, (n - 1) * 3 + 1, 1) : LocalDate.of(itemYear, n, 1);
    }

    public LocalDate periodEnd() {
        return (period.startsWith("Q") ? periodStart().plusMonths(3) : periodStart().plusMonths(1)).minusDays(1);
    }

    SupplierPlanItem copy(Long newPlanId, int year) {
        return new SupplierPlanItem(null, newPlanId, agreementId, year, kind, scope, period, note);
    }
}
