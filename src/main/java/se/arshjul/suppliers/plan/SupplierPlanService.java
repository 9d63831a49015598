package se.arshjul.suppliers.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.suppliers.followup.SupplierFollowupDeadlines;
import se.arshjul.suppliers.followup.SupplierFollowupKind;
import se.arshjul.suppliers.followup.SupplierFollowupStarter;
import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.suppliers.registry.AgreementMember;
import se.arshjul.suppliers.registry.AgreementRegistry;
import se.arshjul.suppliers.registry.MembershipRegistry;
import se.arshjul.suppliers.registry.ProviderRegistry;
import se.arshjul.time.SwedishTime;
import se.arshjul.web.PageMessages;

/**
 * Plan för uppföljning och insyn (kommunallagen 10 kap. 8 §): the three-year plan decided each year,
 * per agreement and year how it is followed up, which providers and when. Fastställd
 * ({@link SupplierPlanDecision}), the year's items are scheduled by {@code bpmn/uppfoljningsplan.bpmn},
 * whose timers call {@link #startPlanned(long)} at the start of each planned period. Bean name
 * {@code supplierPlan} is used by that model; {@link #planTable(int)} is the read-only view the
 * verksamhetsplan document uses.
 */
@Service("supplierPlan")
public class SupplierPlanService {

    public static final String PROCESS_KEY = "Uppfoljningsplan";
    /** Plans cover the plan year and the two following years. */
    public static final int YEARS = 3;
    private static final Logger log = LoggerFactory.getLogger(SupplierPlanService.class);

    /** One line of the plan as shown in the verksamhetsplan document. */
    public record PlanTableRow(String agreement, String agreementType, int year, String kind, String providers, String period,
                               String note) {}

    private final SupplierPlanItemRepository items;
    private final SupplierPlanReader reader;
    private final AgreementRegistry agreements;
    private final ProviderRegistry providers;
    private final MembershipRegistry memberships;
    private final SupplierFollowupStarter starter;
    private final SupplierFollowupDeadlines deadlines;
    private final PageMessages labels;
    private final SwedishTime time;

    SupplierPlanService(SupplierPlanItemRepository items, SupplierPlanReader reader, AgreementRegistry agreements,
                        ProviderRegistry providers, MembershipRegistry memberships, SupplierFollowupStarter starter,
                        SupplierFollowupDeadlines deadlines, PageMessages labels, SwedishTime time) {
        this.items = items;
        this.reader = reader;
        this.agreements = agreements;
        this.providers = providers;
        this.memberships = memberships;
        this.starter = starter;
        this.deadlines = deadlines;
        this.labels = labels;
        this.time = time;
    }

    public static String businessKey(int year) {
        return "LUP-" + year;
    }

    /** The plan decided in {@code year} as table rows with their labels, ordered by year, agreement and period. Read-only. */
    public List<PlanTableRow> planTable(int year) {
        return reader.items(year, "ar", false, null).stream().map(r -> new PlanTableRow(r.agreement().name(),
                labels.message("supplier.agreementType." + r.agreement().type()), r.item().itemYear(),
                labels.message("supplier.kind." + r.item().kind()), labels.message("supplier.scope." + r.item().scope()),
                labels.message("supplier.period." + r.item().period()), r.item().note())).toList();
    }

    // ---- called by bpmn/uppfoljningsplan.bpmn ----

    /** The lines of the plan decided in {@code year} that concern that year (the multi-instance collection). */
    public List<Long> itemIds(int year) {
        return reader.plan(year).map(p -> items.findByPlanId(p.id()).stream()
                .filter(i -> i.itemYear() == year).map(SupplierPlanItem::id).sorted().toList()).orElse(List.of());
    }

    /** When a line is due: 06:00 Swedish time on the first day of its period. */
    public Date startDate(long itemId) {
        return items.findById(itemId).map(i -> time.toDate(i.periodStart().atTime(6, 0))).orElseGet(() -> Date.from(Instant.EPOCH));
    }

    /**
     * Starts {@code Leverantorsuppfoljning} for each provider the line selects (active members on the
     * period's first day; only those with placements when the line says so). A provider is skipped
     * when it already has a follow-up of the same kind in the agreement that year (started by hand or
     * by this line) or one of that kind still running. Returns the number started.
     */
    @Transactional
    public int startPlanned(long itemId) {
        Optional<SupplierPlanItem> found = items.findById(itemId);
        if (found.isEmpty()) {
            log.info("Plan item {} was removed before its period; nothing to start", itemId);
            return 0;
        }
        SupplierPlanItem item = found.get();
        Agreement agreement = agreements.agreement(item.agreementId());
        SupplierFollowupKind kind = SupplierFollowupKind.valueOf(item.kind());
        LocalDate due = item.periodEnd().isBefore(deadlines.today()) ? deadlines.plannedDocumentationDue() : item.periodEnd();
        boolean placementsOnly = SupplierPlanScope.MED_PLACERINGAR.name().equals(item.scope());
        int started = 0;
        for (AgreementMember m : memberships.membersOf(agreement.id())) {
            if (!m.activeOn(item.periodStart()) || (placementsOnly && !m.hasPlacements())
                    || starter.alreadyFollowedUp(agreement.id(), m.providerId(), item.itemYear(), kind, itemId)) {
                continue;
            }
            starter.startPlanned(agreement, providers.provider(m.providerId()), item.itemYear(), requested(item), due, kind, itemId);
            started++;
        }
        return started;
    }

    private String requested(SupplierPlanItem item) {
        String kind = labels.message("supplier.kind." + item.kind());
        String period = labels.message("supplier.period." + item.period());
        return item.note() == null ? labels.message("supplier.plan.requested", kind, period, String.valueOf(item.itemYear()))
                : labels.message("supplier.plan.requestedWithNote", kind, period, String.valueOf(item.itemYear()), item.note());
    }
}
