package se.arshjul.suppliers.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.security.CurrentUser;
import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.suppliers.registry.AgreementRegistry;
import se.arshjul.time.SwedishTime;
import se.arshjul.validation.ActionRefusedException;

/**
 * The decisions on a whole plan, by förvaltningsledning and administrators: the yearly copy to the next
 * year and fastställ, which schedules the year's lines in {@code bpmn/uppfoljningsplan.bpmn}.
 */
@Service
public class SupplierPlanDecision {

    private final SupplierPlanRepository plans;
    private final SupplierPlanItemRepository items;
    private final AgreementRegistry agreements;
    private final SupplierPlanAccess access;
    private final RuntimeService runtimeService;
    private final SwedishTime time;

    SupplierPlanDecision(SupplierPlanRepository plans, SupplierPlanItemRepository items, AgreementRegistry agreements,
                         SupplierPlanAccess access, RuntimeService runtimeService, SwedishTime time) {
        this.plans = plans;
        this.items = items;
        this.agreements = agreements;
        this.access = access;
        this.runtimeService = runtimeService;
        this.time = time;
    }

    /**
     * The yearly update: the plan of {@code fromYear} copied to {@code fromYear + 1}. Lines for the two
     * years both plans cover are copied as they are; the new third year repeats the lines of the last
     * year. Agreements that have ended by then are left out. Refused when the next plan already has lines.
     */
    @Transactional
    public SupplierPlan copyForward(int fromYear, CurrentUser user) {
        access.requireEstablish(user);
        SupplierPlan from = plans.findByPlanYear(fromYear)
                .orElseThrow(() -> new ActionRefusedException("supplier.plan.nothingToCopy", String.valueOf(fromYear)));
        int toYear = fromYear + 1;
        Optional<SupplierPlan> existing = plans.findByPlanYear(toYear);
        if (existing.isPresent() && !items.findByPlanId(existing.get().id()).isEmpty()) {
            throw new ActionRefusedException("supplier.plan.exists", String.valueOf(toYear));
        }
        SupplierPlan to = existing.orElseGet(() -> plans.save(new SupplierPlan(null, toYear, null, null, null)));
        List<SupplierPlanItem> copies = new ArrayList<>();
        int lastYear = fromYear + SupplierPlanService.YEARS - 1;
        for (SupplierPlanItem i : items.findByPlanId(from.id())) {
            Agreement a = agreements.agreement(i.agreementId());
            if (i.itemYear() >= toYear && a.runsIn(i.itemYear())) copies.add(i.copy(to.id(), i.itemYear()));
            if (i.itemYear() == lastYear && a.runsIn(lastYear + 1)) copies.add(i.copy(to.id(), lastYear + 1));
        }
        items.saveAll(copies);
        return to;
    }

    /**
     * Fastställ: records who established the plan and (re)schedules the plan year's lines: the running
     * {@code Uppfoljningsplan} instance of the year, if any, is replaced by a new one whose timers wait
     * for each line's period. Lines already started are not started again (see {@link SupplierPlanService#startPlanned}).
     */
    @Transactional
    public SupplierPlan establish(int year, CurrentUser user) {
        access.requireEstablish(user);
        SupplierPlan plan = plans.findByPlanYear(year)
                .orElseThrow(() -> new ActionRefusedException("supplier.plan.nothingToEstablish", String.valueOf(year)));
        if (items.findByPlanId(plan.id()).stream().noneMatch(i -> i.itemYear() == year)) {
            throw new ActionRefusedException("supplier.plan.nothingToEstablish", String.valueOf(year));
        }
        SupplierPlan saved;
        try {
            saved = plans.save(plan.established(time.now(), user.id()));
        } catch (OptimisticLockingFailureException e) {
            throw new ActionRefusedException("supplier.plan.changedMeanwhile");
        }
        String key = SupplierPlanService.businessKey(year);
        runtimeService.createProcessInstanceQuery().processDefinitionKey(SupplierPlanService.PROCESS_KEY).processInstanceBusinessKey(key)
                .list().forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "Supplier plan established again"));
        runtimeService.startProcessInstanceByKey(SupplierPlanService.PROCESS_KEY, key, Map.of("year", year));
        return saved;
    }
}
