package se.arshjul.suppliers.plan;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.security.CurrentUser;
import se.arshjul.suppliers.followup.SupplierFollowupKind;
import se.arshjul.suppliers.followup.SupplierFollowupService;
import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.suppliers.registry.AgreementRegistry;
import se.arshjul.suppliers.registry.Ids;
import se.arshjul.validation.ActionRefusedException;
import se.arshjul.validation.FormReader;
import se.arshjul.validation.FormValidator;
import se.arshjul.validation.Texts;
import se.arshjul.web.NotFoundException;

/** Adding, changing and removing lines of a year's plan: validated, access-checked per line, nothing saved on error. */
@Service
public class SupplierPlanEditor {
    private static final Logger log = LoggerFactory.getLogger(SupplierPlanEditor.class);

    private final SupplierPlanRepository plans;
    private final SupplierPlanItemRepository items;
    private final SupplierPlanReader reader;
    private final AgreementRegistry agreements;
    private final SupplierFollowupService followups;
    private final SupplierPlanAccess access;
    private final FormValidator validator;

    SupplierPlanEditor(SupplierPlanRepository plans, SupplierPlanItemRepository items, SupplierPlanReader reader,
                       AgreementRegistry agreements, SupplierFollowupService followups, SupplierPlanAccess access, FormValidator validator) {
        this.plans = plans;
        this.items = items;
        this.reader = reader;
        this.agreements = agreements;
        this.followups = followups;
        this.access = access;
        this.validator = validator;
    }

    /** A line as read from the form; null fields were refused. */
    private record Line(Agreement agreement, Integer year, SupplierFollowupKind kind, SupplierPlanScope scope, String period, String note) {}

    /** Adds or changes a line of the plan for {@code planYear}. */
    @Transactional
    public SupplierPlanItem saveItem(int planYear, Long itemId, SupplierPlanItemForm form, CurrentUser user) {
        SupplierPlanItem existing = itemId == null ? null : reader.item(itemId);
        if (existing != null) {
            access.requirePlan(agreements.agreement(existing.agreementId()), user);
            if (followups.startedFromPlanItem(existing.id()) > 0) throw new ActionRefusedException("supplier.plan.lineStarted");
        }
        FormReader reader = new FormReader(validator.check(form));
        Line line = read(reader, planYear, form, user);
        Optional<SupplierPlan> plan = plans.findByPlanYear(planYear);
        if (reader.errors().isEmpty() && plan.isPresent() && duplicate(plan.get(), itemId, line)) {
            reader.reject("period", "supplier.plan.duplicate", String.valueOf(line.year()));
        }
        reader.throwIfAny();
        SupplierPlan p = plan.orElseGet(() -> plans.save(new SupplierPlan(null, planYear, null, null, null)));
        if (existing != null && !existing.planId().equals(p.id())) {
            throw new NotFoundException("supplier.plan.itemNotFound");
        }
        return items.save(new SupplierPlanItem(itemId, p.id(), line.agreement().id(), line.year(), line.kind().name(), line.scope().name(),
                line.period(), line.note()));
    }

    private Line read(FormReader form, int planYear, SupplierPlanItemForm f, CurrentUser user) {
        Long id = Ids.parse(f.agreementId());
        Agreement agreement = id == null ? null : agreements.allAgreements().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
        if (agreement == null) form.reject("agreementId", "validation.choice");
        else access.requirePlan(agreement, user);
        Long chosen = Ids.parse(f.itemYear());
        int lastYear = planYear + SupplierPlanService.YEARS - 1;
        Integer year = chosen == null || chosen < planYear || chosen > lastYear ? null : chosen.intValue();
        if (year == null) form.reject("itemYear", "supplier.plan.yearChoice", String.valueOf(planYear), String.valueOf(lastYear));
        if (agreement != null && year != null && !agreement.runsIn(year)) form.reject("itemYear", "supplier.plan.agreementNotRunning", String.valueOf(year));
        SupplierFollowupKind kind = form.choice("kind", f.kind(), SupplierFollowupKind.class);
        if (kind == null) form.reject("kind", "validation.choice");
        SupplierPlanScope scope = form.choice("scope", f.scope(), SupplierPlanScope.class);
        if (scope == null) form.reject("scope", "validation.choice");
        String period = Texts.clean(f.period());
        if (!SupplierPlanItem.validPeriod(period)) form.reject("period", "validation.choice");
        return new Line(agreement, year, kind, scope, period, form.text("note", f.note(), 1000));
    }

    private boolean duplicate(SupplierPlan plan, Long itemId, Line line) {
        return items.findByPlanId(plan.id()).stream()
                .anyMatch(i -> !i.id().equals(itemId) && i.agreementId().equals(line.agreement().id()) && i.itemYear() == line.year()
                        && i.kind().equals(line.kind().name()) && i.period().equals(line.period()));
    }

    @Transactional
    public void deleteItem(int planYear, long itemId, CurrentUser user) {
        SupplierPlanItem item = reader.item(itemId);
        access.requirePlan(agreements.agreement(item.agreementId()), user);
        SupplierPlan plan = plans.findByPlanYear(planYear).filter(p -> p.id().equals(item.planId()))
                .orElseThrow(() -> new NotFoundException("supplier.plan.itemNotFound"));
        if (followups.startedFromPlanItem(itemId) > 0) {
            throw new ActionRefusedException("supplier.plan.lineStartedNoDelete");
        }
        items.delete(item);
        log.debug("Removed plan item {} from plan {}", itemId, plan.planYear());
    }
}
