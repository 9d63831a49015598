package se.arshjul.suppliers.followup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.suppliers.registry.AgreementRegistry;
import se.arshjul.suppliers.registry.Conflicts;
import se.arshjul.suppliers.registry.MembershipRegistry;
import se.arshjul.suppliers.registry.Provider;
import se.arshjul.suppliers.registry.ProviderRegistry;
import se.arshjul.suppliers.registry.SupplierAccess;
import se.arshjul.validation.ActionRefusedException;
import se.arshjul.validation.FieldErrors;
import se.arshjul.validation.FormReader;
import se.arshjul.validation.FormValidator;
import se.arshjul.validation.Texts;
import se.arshjul.web.PageMessages;

/**
 * Starts supplier follow-ups: by hand for a provider on an agreement, or planned (from the plan för
 * uppföljning och insyn), then driven by {@code bpmn/leverantorsuppfoljning.bpmn}. A start is
 * idempotent: an open follow-up of the same kind holds a unique key, so of two simultaneous starts
 * (a double submit) one is refused with a message instead of a second process.
 */
@Service
public class SupplierFollowupStarter {

    private final SupplierFollowupRepository followups;
    private final SupplierFollowupKindLinkRepository kinds;
    private final SupplierFollowupService service;
    private final SupplierFollowupSteps steps;
    private final AgreementRegistry agreements;
    private final ProviderRegistry providers;
    private final MembershipRegistry memberships;
    private final SupplierAccess access;
    private final SupplierFollowupDeadlines deadlines;
    private final FormValidator validator;
    private final PageMessages labels;
    private final RuntimeService runtimeService;

    SupplierFollowupStarter(SupplierFollowupRepository followups, SupplierFollowupKindLinkRepository kinds, SupplierFollowupService service,
                            SupplierFollowupSteps steps, AgreementRegistry agreements, ProviderRegistry providers,
                            MembershipRegistry memberships, SupplierAccess access, SupplierFollowupDeadlines deadlines,
                            FormValidator validator, PageMessages labels, RuntimeService runtimeService) {
        this.followups = followups;
        this.kinds = kinds;
        this.service = service;
        this.steps = steps;
        this.agreements = agreements;
        this.providers = providers;
        this.memberships = memberships;
        this.access = access;
        this.deadlines = deadlines;
        this.validator = validator;
        this.labels = labels;
        this.runtimeService = runtimeService;
    }

    /** An avtalsuppföljning started by hand: validated, access-checked, all or nothing. */
    @Transactional
    public SupplierFollowup start(long agreementId, long providerId, String requested, String documentationDue, boolean deep,
                                  CurrentUser user) {
        return start(agreementId, providerId, requested, documentationDue, deep, SupplierFollowupKind.AVTALSUPPFOLJNING, user);
    }

    /** Started by hand, with its kind (avtalsuppföljning, kvalitetsuppföljning, enkät, dialog). */
    @Transactional
    public SupplierFollowup start(long agreementId, long providerId, String requested, String documentationDue, boolean deep,
                                  SupplierFollowupKind kind, CurrentUser user) {
        Agreement agreement = agreements.agreement(agreementId);
        access.requireManage(agreement, user);
        Provider provider = providers.provider(providerId);
        LocalDate today = deadlines.today();
        FieldErrors errors = validator.check(new SupplierFollowupStartForm(requested, documentationDue));
        LocalDate due = new FormReader(errors).date("documentationDue", documentationDue, today, null);
        if (memberships.activeMembership(agreementId, providerId, today).isEmpty()) {
            errors.reject("providerId", "supplier.followup.notMember", provider.name());
        }
        errors.throwIfAny();
        if (followups.findByProviderIdOrderByCreatedAtDesc(providerId).stream()
                .anyMatch(f -> f.agreementId().equals(agreementId) && f.processInstanceId() != null && !f.closed())) {
            throw new ActionRefusedException("supplier.followup.alreadyRunning", provider.name());
        }
        return launch(new Start(agreement, provider, today.getYear(), Texts.clean(requested), due, deep,
                kind == null ? SupplierFollowupKind.AVTALSUPPFOLJNING : kind, null, user.id()));
    }

    /**
     * Whether a planned follow-up would repeat one already there: a follow-up of the provider in the
     * agreement started from the same plan item, or of the same kind in that year (e.g. started by
     * hand), or of the same kind still running.
     */
    public boolean alreadyFollowedUp(long agreementId, long providerId, int year, SupplierFollowupKind kind, long planItemId) {
        return followups.findByProviderIdOrderByCreatedAtDesc(providerId).stream()
                .filter(f -> f.agreementId().equals(agreementId) && !f.deep())
                .anyMatch(f -> Long.valueOf(planItemId).equals(service.planItemOf(f.id()))
                        || service.kindOf(f.id()) == kind && (f.followUpYear() == year || f.processInstanceId() != null && !f.closed()));
    }

    /** Starts a follow-up planned in the plan för uppföljning och insyn (called by the engine, no user). */
    public SupplierFollowup startPlanned(Agreement agreement, Provider provider, int year, String requested, LocalDate due,
                                         SupplierFollowupKind kind, long planItemId) {
        return launch(new Start(agreement, provider, year, requested, due, false, kind, planItemId, "uppfoljningsplan"));
    }

    private record Start(Agreement agreement, Provider provider, int year, String requested, LocalDate due, boolean deep,
                         SupplierFollowupKind kind, Long planItemId, String startedBy) {}

    private SupplierFollowup launch(Start s) {
        SupplierFollowup f;
        try {
            f = followups.save(new SupplierFollowup(null, s.agreement().id(), s.provider().id(), s.year(), s.deep(), null, null,
                    s.requested(), s.due(), null, SupplierFollowupStatus.DOKUMENTATION_BEGARD.name(), null, null, null, s.startedBy(),
                    deadlines.now(), SupplierFollowup.openKey(s.agreement().id(), s.provider().id(), s.kind())));
        } catch (RuntimeException e) {
            if (Conflicts.isConflict(e)) throw new ActionRefusedException("supplier.followup.alreadyRunning", s.provider().name());
            throw e;
        }
        kinds.save(new SupplierFollowupKindLink(null, f.id(), s.kind().name(), s.planItemId()));
        steps.event(f.id(), SupplierFollowupEventKind.DOKUMENTATION_BEGARD, s.startedBy(), s.requested(), s.due());
        String key = SupplierFollowupService.businessKey(s.year(), f.id());
        String pi = runtimeService.startProcessInstanceByKey(SupplierFollowupService.PROCESS_KEY, key, variables(f, s)).getId();
        return followups.save(f.withProcess(key, pi));
    }

    private Map<String, Object> variables(SupplierFollowup f, Start s) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("followupId", f.id());
        vars.put("title", labels.message(s.deep() ? "supplier.followup.title.deep" : "supplier.followup.title." + s.kind().name(),
                s.provider().name(), s.agreement().name()));
        vars.put("providerName", s.provider().name());
        vars.put("agreementName", s.agreement().name());
        vars.put("deep", s.deep());
        vars.put("unitGroup", s.agreement().responsibleUnit());
        vars.put("managerGroup", Groups.managersOf(s.agreement().responsibleUnit()));
        vars.put("docDueDate", deadlines.deadline(s.due()));
        vars.put("reviewDueDate", deadlines.deadline(deadlines.reviewDue(s.due())));
        vars.put("contextUrl", "/leverantorer/" + s.provider().id() + "#uppfoljning-" + f.id());
        vars.put("contextLabel", labels.message("supplier.followup.contextLabel"));
        return vars;
    }
}
