package se.arshjul.suppliers.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.web.ForbiddenException;
import se.arshjul.web.NotFoundException;
import se.arshjul.suppliers.followup.SupplierFollowupKindLinkRepository;
import se.arshjul.suppliers.ValidationFailed;
import se.arshjul.suppliers.followup.SupplierFollowupKind;
import se.arshjul.suppliers.followup.SupplierFollowupService;
import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.suppliers.registry.AgreementMember;
import se.arshjul.suppliers.registry.SupplierEnums;
import se.arshjul.suppliers.registry.SupplierRegistry;

/**
 * Plan för uppföljning och insyn (kommunallagen 10 kap. 8 §): the three-year plan decided each year,
 * per agreement and year how it is followed up, which providers and when. Copied forward one year at
 * a time. Fastställd, the year's items are scheduled by {@code bpmn/uppfoljningsplan.bpmn}, whose
 * timers call {@link #startPlanned(long)} at the start of each planned period. Bean name
 * {@code supplierPlan} is used by that model; {@link #planTable(int)} is the read-only view the
 * verksamhetsplan document uses.
 */
@Service("supplierPlan")
public class SupplierPlanService {

    public static final String PROCESS_KEY = "Uppfoljningsplan";
    /** Plans cover the plan year and the two following years. */
    static final int YEARS = 3;
    private static final Logger log = LoggerFactory.getLogger(SupplierPlanService.class);

    /** One line of the plan as shown in the verksamhetsplan document. */
    public record PlanTableRow(String agreement, String agreementType, int year, String kind, String providers, String period,
                               String note) {}

    public record ItemRow(SupplierPlanItem item, Agreement agreement, boolean canEdit, int started) {}

    public record ItemForm(String agreementId, String itemYear, String kind, String scope, String period, String note) {
        public static ItemForm of(SupplierPlanItem i) {
            return new ItemForm(String.valueOf(i.agreementId()), String.valueOf(i.itemYear()), i.kind(), i.scope(), i.period(),
                    i.note() == null ? "" : i.note());
        }
    }

    private final SupplierPlanRepository plans;
    private final SupplierPlanItemRepository items;
    private final SupplierFollowupKindLinkRepository kinds;
    private final SupplierRegistry registry;
    private final SupplierFollowupService followups;
    private final RuntimeService runtimeService;

    SupplierPlanService(SupplierPlanRepository plans, SupplierPlanItemRepository items, SupplierFollowupKindLinkRepository kinds,
                        SupplierRegistry registry, SupplierFollowupService followups, RuntimeService runtimeService) {
        this.plans = plans;
        this.items = items;
        this.kinds = kinds;
        this.registry = registry;
        this.followups = followups;
        this.runtimeService = runtimeService;
    }

    public static String businessKey(int year) {
        return "LUP-" + year;
    }

    // ---- access ----

    /** A plan line may be changed by the agreement's unit managers, förvaltningsledning and administrators. */
    public boolean canPlan(Agreement agreement, CurrentUser user) {
        return user.isAdmin() || user.isIn(Groups.MANAGEMENT) || user.isIn(Groups.managersOf(agreement.responsibleUnit()));
    }

    /** Establishing and copying a whole plan: managers, förvaltningsledning and administrators. */
    public boolean canEstablish(CurrentUser user) {
        return user.isAdmin() || user.isIn(Groups.MANAGEMENT) || user.isManager();
    }

    private void requirePlan(Agreement agreement, CurrentUser user) {
        if (!canPlan(agreement, user)) {
            throw new ForbiddenException("Bara chefer för " + agreement.unitName() + ", förvaltningsledningen och administratörer kan planera uppföljningen av avtalet.");
        }
    }

    private void requireEstablish(CurrentUser user) {
        if (!canEstablish(user)) {
            throw new ForbiddenException("Bara chefer, förvaltningsledningen och administratörer kan fastställa uppföljningsplanen.");
        }
    }

    // ---- reading ----

    public Optional<SupplierPlan> plan(int year) {
        return plans.findByPlanYear(year);
    }

    /** The plan decided in {@code year} as table rows, ordered by year, agreement and period. Read-only. */
    public List<PlanTableRow> planTable(int year) {
        return items(year, "ar", false, null).stream().map(r -> new PlanTableRow(r.agreement().name(), r.agreement().typeLabel(),
                r.item().itemYear(), r.item().kindLabel(), r.item().scopeLabel(), r.item().periodLabel(), r.item().note())).toList();
    }

    public List<ItemRow> items(int year, String sort, boolean descending, CurrentUser user) {
        Optional<SupplierPlan> plan = plans.findByPlanYear(year);
        if (plan.isEmpty()) {
            return List.of();
        }
        Comparator<ItemRow> byAgreement = Comparator.comparing((ItemRow r) -> r.agreement().name(), String.CASE_INSENSITIVE_ORDER);
        Comparator<ItemRow> byYear = Comparator.comparingInt((ItemRow r) -> r.item().itemYear());
        Comparator<ItemRow> byPeriod = Comparator.comparing((ItemRow r) -> r.item().periodStart());
        Comparator<ItemRow> order = switch (sort == null ? "" : sort) {
            case "avtal" -> byAgreement.thenComparing(byPeriod);
            case "form" -> Comparator.comparing((ItemRow r) -> r.item().kindLabel()).thenComparing(byPeriod).thenComparing(byAgreement);
            case "period" -> byPeriod.thenComparing(byAgreement);
            default -> byYear.thenComparing(byAgreement).thenComparing(byPeriod);
        };
        return items.findByPlanId(plan.get().id()).stream()
                .map(i -> {
                    Agreement a = registry.agreement(i.agreementId());
                    return new ItemRow(i, a, user != null && canPlan(a, user), kinds.findByPlanItemId(i.id()).size());
                })
                .sorted(descending ? order.reversed() : order)
                .toList();
    }

    public SupplierPlanItem item(long id) {
        return items.findById(id).orElseThrow(() -> new NotFoundException("Raden finns inte i uppföljningsplanen."));
    }

    // ---- editing ----

    /** Adds or changes a line of the plan for {@code planYear}: validated, access-checked, nothing saved on error. */
    @Transactional
    public SupplierPlanItem saveItem(int planYear, Long itemId, ItemForm form, CurrentUser user) {
        SupplierPlanItem existing = itemId == null ? null : item(itemId);
        if (existing != null) {
            requirePlan(registry.agreement(existing.agreementId()), user);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Agreement agreement = null;
        try {
            agreement = form.agreementId() == null || form.agreementId().isBlank() ? null
                    : registry.allAgreements().stream().filter(a -> a.id().equals(Long.parseLong(form.agreementId().strip()))).findFirst().orElse(null);
        } catch (NumberFormatException e) {
            agreement = null;
        }
        if (agreement == null) {
            errors.put("agreementId", "Välj ett avtal.");
        } else {
            requirePlan(agreement, user);
        }
        Integer year = null;
        try {
            year = Integer.parseInt(form.itemYear() == null ? "" : form.itemYear().strip());
        } catch (NumberFormatException e) {
            year = null;
        }
        if (year == null || year < planYear || year >= planYear + YEARS) {
            errors.put("itemYear", "Välj ett av planens år " + planYear + "–" + (planYear + YEARS - 1) + ".");
            year = null;
        }
        SupplierFollowupKind kind = SupplierEnums.parse(SupplierFollowupKind.class, form.kind());
        if (kind == null) {
            errors.put("kind", "Välj uppföljningsform.");
        }
        SupplierPlanScope scope = SupplierEnums.parse(SupplierPlanScope.class, form.scope());
        if (scope == null) {
            errors.put("scope", "Välj vilka utförare som följs upp.");
        }
        String period = form.period() == null ? "" : form.period().strip();
        if (!SupplierPlanItem.Period.valid(period)) {
            errors.put("period", "Välj planerad månad eller planerat kvartal.");
        }
        String note = SupplierRegistry.optional(errors, "note", form.note(), 1000);
        if (agreement != null && year != null) {
            if (agreement.endDate() != null && agreement.endDate().isBefore(LocalDate.of(year, 1, 1))) {
                errors.put("itemYear", "Avtalet upphör " + agreement.endDate() + ", före " + year + ".");
            } else if (agreement.startDate().isAfter(LocalDate.of(year, 12, 31))) {
                errors.put("itemYear", "Avtalet börjar först " + agreement.startDate() + ".");
            }
        }
        Optional<SupplierPlan> plan = plans.findByPlanYear(planYear);
        if (errors.isEmpty() && plan.isPresent()) {
            final Agreement a = agreement;
            final int y = year;
            boolean duplicate = items.findByPlanId(plan.get().id()).stream()
                    .anyMatch(i -> !i.id().equals(itemId) && i.agreementId().equals(a.id()) && i.itemYear() == y
                            && i.kind().equals(kind.name()) && i.period().equals(period));
            if (duplicate) {
                errors.put("period", "Avtalet har redan en " + kind.label().toLowerCase(Locale.ROOT) + " planerad " + y + " i den perioden.");
            }
        }
        if (existing != null && !kinds.findByPlanItemId(existing.id()).isEmpty()) {
            errors.put("", "Uppföljningarna på raden är redan startade; lägg till en ny rad i stället.");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        SupplierPlan p = plan.orElseGet(() -> plans.save(new SupplierPlan(null, planYear, null, null, null)));
        if (existing != null && !existing.planId().equals(p.id())) {
            throw new NotFoundException("Raden finns inte i uppföljningsplanen " + planYear + ".");
        }
        return items.save(new SupplierPlanItem(itemId, p.id(), agreement.id(), year, kind.name(), scope.name(), period, note));
    }

    @Transactional
    public void deleteItem(int planYear, long itemId, CurrentUser user) {
        SupplierPlanItem item = item(itemId);
        requirePlan(registry.agreement(item.agreementId()), user);
        SupplierPlan plan = plans.findByPlanYear(planYear).filter(p -> p.id().equals(item.planId()))
                .orElseThrow(() -> new NotFoundException("Raden finns inte i uppföljningsplanen " + planYear + "."));
        if (!kinds.findByPlanItemId(itemId).isEmpty()) {
            throw new ValidationFailed(Map.of("", "Uppföljningarna på raden är redan startade och raden kan inte tas bort."));
        }
        items.delete(item);
        log.debug("Removed plan item {} from plan {}", itemId, plan.planYear());
    }

    /**
     * The yearly update: the plan of {@code fromYear} copied to {@code fromYear + 1}. Lines for the two
     * years both plans cover are copied as they are; the new third year repeats the lines of the last
     * year. Agreements that have ended by then are left out. Refused when the next plan already has lines.
     */
    @Transactional
    public SupplierPlan copyForward(int fromYear, CurrentUser user) {
        requireEstablish(user);
        SupplierPlan from = plans.findByPlanYear(fromYear)
                .orElseThrow(() -> new ValidationFailed(Map.of("", "Det finns ingen uppföljningsplan för " + fromYear + " att kopiera.")));
        int toYear = fromYear + 1;
        Optional<SupplierPlan> existing = plans.findByPlanYear(toYear);
        if (existing.isPresent() && !items.findByPlanId(existing.get().id()).isEmpty()) {
            throw new ValidationFailed(Map.of("", "Uppföljningsplanen för " + toYear + " finns redan."));
        }
        SupplierPlan to = existing.orElseGet(() -> plans.save(new SupplierPlan(null, toYear, null, null, null)));
        List<SupplierPlanItem> copies = new ArrayList<>();
        int lastYear = fromYear + YEARS - 1;
        for (SupplierPlanItem i : items.findByPlanId(from.id())) {
            Agreement a = registry.agreement(i.agreementId());
            if (i.itemYear() >= toYear) {
                addIfRunning(copies, a, i.copy(to.id(), i.itemYear()));
            }
            if (i.itemYear() == lastYear) {
                addIfRunning(copies, a, i.copy(to.id(), lastYear + 1));
            }
        }
        items.saveAll(copies);
        return to;
    }

    private static void addIfRunning(List<SupplierPlanItem> copies, Agreement a, SupplierPlanItem copy) {
        if (a.endDate() == null || !a.endDate().isBefore(LocalDate.of(copy.itemYear(), 1, 1))) {
            copies.add(copy);
        }
    }

    /**
     * Fastställ: records who established the plan and (re)schedules the plan year's lines: the running
     * {@code Uppfoljningsplan} instance of the year, if any, is replaced by a new one whose timers wait
     * for each line's period. Lines already started are not started again (see {@link #startPlanned}).
     */
    @Transactional
    public SupplierPlan establish(int year, CurrentUser user) {
        requireEstablish(user);
        SupplierPlan plan = plans.findByPlanYear(year)
                .orElseThrow(() -> new ValidationFailed(Map.of("", "Uppföljningsplanen för " + year + " har inga rader att fastställa.")));
        if (items.findByPlanId(plan.id()).stream().noneMatch(i -> i.itemYear() == year)) {
            throw new ValidationFailed(Map.of("", "Uppföljningsplanen har inga rader för " + year + " att fastställa."));
        }
        SupplierPlan saved;
        try {
            saved = plans.save(plan.established(SupplierFollowupService.now(), user.id()));
        } catch (OptimisticLockingFailureException e) {
            throw new ValidationFailed(Map.of("", "Någon annan har ändrat planen under tiden. Ladda om sidan och försök igen."));
        }
        runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(businessKey(year))
                .list().forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "Uppföljningsplanen fastställd på nytt"));
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey(year), Map.of("year", year));
        return saved;
    }

    // ---- called by bpmn/uppfoljningsplan.bpmn ----

    /** The lines of the plan decided in {@code year} that concern that year (the multi-instance collection). */
    public List<Long> itemIds(int year) {
        return plans.findByPlanYear(year).map(p -> items.findByPlanId(p.id()).stream()
                .filter(i -> i.itemYear() == year).map(SupplierPlanItem::id).sorted().toList()).orElse(List.of());
    }

    /** When a line is due: 06:00 Swedish time on the first day of its period. */
    public Date startDate(long itemId) {
        return items.findById(itemId).map(i -> Date.from(i.periodStart().atTime(6, 0).atZone(SupplierFollowupService.ZONE).toInstant()))
                .orElseGet(() -> Date.from(java.time.Instant.EPOCH));
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
        Agreement agreement = registry.agreement(item.agreementId());
        SupplierFollowupKind kind = SupplierEnums.parse(SupplierFollowupKind.class, item.kind());
        LocalDate first = item.periodStart();
        LocalDate due = item.periodEnd().isBefore(SupplierFollowupService.today()) ? SupplierFollowupService.today().plusDays(30) : item.periodEnd();
        boolean placementsOnly = SupplierPlanScope.MED_PLACERINGAR.name().equals(item.scope());
        String requested = kind.label() + " enligt uppföljningsplanen (" + item.periodLabel() + " " + item.itemYear() + ")"
                + (item.note() == null ? "." : ": " + item.note());
        int started = 0;
        for (AgreementMember m : registry.membersOf(agreement.id())) {
            if (!m.activeOn(first) || (placementsOnly && !m.hasPlacements())) {
                continue;
            }
            if (followups.alreadyFollowedUp(agreement.id(), m.providerId(), item.itemYear(), kind, itemId)) {
                continue;
            }
            followups.startPlanned(agreement, registry.provider(m.providerId()), item.itemYear(), requested, due, kind, itemId);
            started++;
        }
        return started;
    }
}
