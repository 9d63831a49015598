package se.arshjul.suppliers.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import se.arshjul.security.CurrentUser;
import se.arshjul.suppliers.followup.SupplierFollowupService;
import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.suppliers.registry.AgreementRegistry;
import se.arshjul.web.NotFoundException;

/** The plan för uppföljning och insyn of a year as its pages read it: the plan, its lines with their agreements. */
@Service
public class SupplierPlanReader {

    public record ItemRow(SupplierPlanItem item, Agreement agreement, boolean canEdit, int started) {}

    private final SupplierPlanRepository plans;
    private final SupplierPlanItemRepository items;
    private final AgreementRegistry agreements;
    private final SupplierFollowupService followups;
    private final SupplierPlanAccess access;

    SupplierPlanReader(SupplierPlanRepository plans, SupplierPlanItemRepository items, AgreementRegistry agreements,
                       SupplierFollowupService followups, SupplierPlanAccess access) {
        this.plans = plans;
        this.items = items;
        this.agreements = agreements;
        this.followups = followups;
        this.access = access;
    }

    public Optional<SupplierPlan> plan(int year) {
        return plans.findByPlanYear(year);
    }

    public SupplierPlanItem item(long id) {
        return items.findById(id).orElseThrow(() -> new NotFoundException("supplier.plan.itemNotFound"));
    }

    /** The lines of the plan decided in {@code year}; {@code user} null: read-only rows. */
    public List<ItemRow> items(int year, String sort, boolean descending, CurrentUser user) {
        Optional<SupplierPlan> plan = plans.findByPlanYear(year);
        if (plan.isEmpty()) {
            return List.of();
        }
        return items.findByPlanId(plan.get().id()).stream()
                .map(i -> {
                    Agreement a = agreements.agreement(i.agreementId());
                    return new ItemRow(i, a, user != null && access.canPlan(a, user), followups.startedFromPlanItem(i.id()));
                })
                .sorted(descending ? order(sort).reversed() : order(sort))
                .toList();
    }

    private static Comparator<ItemRow> order(String sort) {
        Comparator<ItemRow> byAgreement = Comparator.comparing((ItemRow r) -> r.agreement().name(), String.CASE_INSENSITIVE_ORDER);
        Comparator<ItemRow> byYear = Comparator.comparingInt((ItemRow r) -> r.item().itemYear());
        Comparator<ItemRow> byPeriod = Comparator.comparing((ItemRow r) -> r.item().periodStart());
        return switch (sort == null ? "" : sort) {
            case "avtal" -> byAgreement.thenComparing(byPeriod);
            case "form" -> Comparator.comparing((ItemRow r) -> r.item().kind()).thenComparing(byPeriod).thenComparing(byAgreement);
            case "period" -> byPeriod.thenComparing(byAgreement);
            default -> byYear.thenComparing(byAgreement).thenComparing(byPeriod);
        };
    }
}
