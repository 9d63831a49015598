package se.arshjul.suppliers.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.cycle.DocumentType;
import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.suppliers.registry.SupplierEnums.EventKind;
import se.arshjul.suppliers.registry.SupplierEnums.FollowupStatus;
import se.arshjul.suppliers.registry.SupplierEnums.LeaveReason;
import se.arshjul.web.NotFoundException;
import se.arshjul.suppliers.ValidationFailed;
import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.suppliers.registry.Provider;
import se.arshjul.suppliers.registry.SupplierAccess;
import se.arshjul.suppliers.registry.SupplierEnums;
import se.arshjul.suppliers.registry.SupplierRegistry;

/**
 * Follow-ups of providers: started by hand for a provider on an agreement, then driven by
 * {@code bpmn/leverantorsuppfoljning.bpmn}. The process holds ids and routing flags; findings,
 * action plans and warnings are kept here. Bean name {@code supplierFollowups} is used by the model.
 */
@Service("supplierFollowups")
public class SupplierFollowupService {

    public static final String PROCESS_KEY = "Leverantorsuppfoljning";
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    /** Days the reviewer has after the documentation's due date. */
    static final int REVIEW_DAYS = 14;
    /** Days a manager has to decide on a warning or a sanction. */
    static final int DECISION_DAYS = 14;

    public record FollowupView(SupplierFollowup followup, Agreement agreement, Provider provider,
                               List<SupplierFollowupFinding> findings, List<SupplierFollowupEvent> events) {}

    private final SupplierFollowupRepository followups;
    private final SupplierFollowupFindingRepository findings;
    private final SupplierFollowupEventRepository events;
    private final SupplierRegistry registry;
    private final SupplierAccess access;
    private final RuntimeService runtimeService;
    private final SupplierFollowupKindLinkRepository kinds;

    SupplierFollowupService(SupplierFollowupRepository followups, SupplierFollowupFindingRepository findings, SupplierFollowupEventRepository events,
                    SupplierRegistry registry, SupplierAccess access, RuntimeService runtimeService, SupplierFollowupKindLinkRepository kinds) {
        this.kinds = kinds;
        this.followups = followups;
        this.findings = findings;
        this.events = events;
        this.registry = registry;
        this.access = access;
        this.runtimeService = runtimeService;
    }

    public static String businessKey(int year, long followupId) {
        return DocumentType.LU.name() + "-" + year + "-" + followupId;
    }

    public static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
    }

    public static LocalDateTime now() {
        return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
    }

    /** A deadline day as the engine's due date: 16:00 Swedish time that day. */
    public static Date deadline(LocalDate day) {
        return Date.from(day.atTime(16, 0).atZone(ZONE).toInstant());
    }

    static LocalDate day(Date date) {
        return date.toInstant().atZone(ZONE).toLocalDate();
    }

    /** Starts a follow-up of a provider on an agreement: validated, access-checked, all or nothing. */
    @Transactional
    public SupplierFollowup start(long agreementId, long providerId, String requested, String documentationDue, boolean deep,
                                  CurrentUser user) {
        return start(agreementId, providerId, requested, documentationDue, deep, SupplierFollowupKind.AVTALSUPPFOLJNING, user);
    }

    /** Started by hand, with its kind (avtalsuppföljning, kvalitetsuppföljning, enkät, dialog). */
    @Transactional
    public SupplierFollowup start(long agreementId, long providerId, String requested, String documentationDue, boolean deep,
                                  SupplierFollowupKind kind, CurrentUser user) {
        Agreement agreement = registry.agreement(agreementId);
        access.requireManage(agreement, user);
        Provider provider = registry.provider(providerId);
        Map<String, String> errors = new LinkedHashMap<>();
        String what = SupplierRegistry.required(errors, "requested", requested, 2000, "Ange vilken dokumentation som begärs från utföraren.");
        LocalDate due = SupplierRegistry.date(errors, "documentationDue", documentationDue, true);
        LocalDate today = today();
        if (due != null && due.isBefore(today)) {
            errors.put("documentationDue", "Sista dag för dokumentationen kan inte ha passerat.");
        }
        if (registry.activeMembership(agreementId, providerId, today).isEmpty()) {
            errors.put("providerId", provider.name() + " är inte med i avtalet just nu.");
        } else if (followups.findByProviderIdOrderByCreatedAtDesc(providerId).stream()
                .anyMatch(f -> f.agreementId().equals(agreementId) && f.processInstanceId() != null && !isClosed(f))) {
            errors.put("providerId", "Det finns redan en pågående uppföljning av " + provider.name() + " i avtalet.");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return launch(agreement, provider, today.getYear(), what, due, deep, kind == null ? SupplierFollowupKind.AVTALSUPPFOLJNING : kind, null, user.id());
    }

    /**
     * Whether a planned follow-up would repeat one already there: a follow-up of the provider in the
     * agreement started from the same plan item, or of the same kind in that year (e.g. started by
     * hand), or of the same kind still running.
     */
    public boolean alreadyFollowedUp(long agreementId, long providerId, int year, SupplierFollowupKind kind, long planItemId) {
        return followups.findByProviderIdOrderByCreatedAtDesc(providerId).stream()
                .filter(f -> f.agreementId().equals(agreementId) && !f.deep())
                .anyMatch(f -> Long.valueOf(planItemId).equals(planItemOf(f.id()))
                        || kindOf(f.id()) == kind && (f.followUpYear() == year || f.processInstanceId() != null && !isClosed(f)));
    }

    /** The kind of a follow-up; follow-ups from before kinds were recorded are avtalsuppföljningar. */
    public SupplierFollowupKind kindOf(long followupId) {
        return kinds.findByFollowupId(followupId).map(k -> SupplierEnums.parse(SupplierFollowupKind.class, k.kind()))
                .orElse(SupplierFollowupKind.AVTALSUPPFOLJNING);
    }

    public Long planItemOf(long followupId) {
        return kinds.findByFollowupId(followupId).map(SupplierFollowupKindLink::planItemId).orElse(null);
    }

    /** Starts a follow-up planned in the plan för uppföljning och insyn (called by the engine, no user). */
    public SupplierFollowup startPlanned(Agreement agreement, Provider provider, int year, String requested, LocalDate due,
                                  SupplierFollowupKind kind, long planItemId) {
        return launch(agreement, provider, year, requested, due, false, kind, planItemId, "uppfoljningsplan");
    }

    private SupplierFollowup launch(Agreement agreement, Provider provider, int year, String what, LocalDate due, boolean deep,
                                    SupplierFollowupKind kind, Long planItemId, String startedBy) {
        long agreementId = agreement.id();
        long providerId = provider.id();
        SupplierFollowup f = followups.save(new SupplierFollowup(null, agreementId, providerId, year, deep, null, null,
                what, due, null, FollowupStatus.DOKUMENTATION_BEGARD.name(), null, null, null, startedBy, now()));
        kinds.save(new SupplierFollowupKindLink(null, f.id(), kind.name(), planItemId));
        event(f.id(), EventKind.DOKUMENTATION_BEGARD, startedBy, what, due);
        String key = businessKey(year, f.id());
        Map<String, Object> vars = new HashMap<>();
        vars.put("followupId", f.id());
        vars.put("title", (deep ? "Fördjupad uppföljning: " : kind == SupplierFollowupKind.AVTALSUPPFOLJNING ? "Uppföljning: " : kind.label() + ": ") + provider.name() + " – " + agreement.name());
        vars.put("providerName", provider.name());
        vars.put("agreementName", agreement.name());
        vars.put("deep", deep);
        vars.put("unitGroup", agreement.responsibleUnit());
        vars.put("managerGroup", Groups.managersOf(agreement.responsibleUnit()));
        vars.put("docDueDate", deadline(due));
        vars.put("reviewDueDate", deadline(due.plusDays(REVIEW_DAYS)));
        vars.put("contextUrl", "/leverantorer/" + providerId + "#uppfoljning-" + f.id());
        vars.put("contextLabel", "Öppna utförarens sida (inkomna dokument)");
        String pi = runtimeService.startProcessInstanceByKey(PROCESS_KEY, key, vars).getId();
        return followups.save(f.withProcess(key, pi));
    }

    private static boolean isClosed(SupplierFollowup f) {
        FollowupStatus s = SupplierEnums.parse(FollowupStatus.class, f.status());
        return s != null && s.closed();
    }

    public SupplierFollowup followup(long id) {
        return followups.findById(id).orElseThrow(() -> new NotFoundException("Uppföljningen finns inte."));
    }

    public List<FollowupView> historyOfProvider(long providerId) {
        return followups.findByProviderIdOrderByCreatedAtDesc(providerId).stream().map(this::view).toList();
    }

    public List<FollowupView> followupsOfAgreement(long agreementId) {
        return followups.findByAgreementIdOrderByCreatedAtDesc(agreementId).stream().map(this::view).toList();
    }

    public List<SupplierFollowup> followupsOf(long agreementId, int year) {
        return followups.findByAgreementIdAndFollowUpYear(agreementId, year);
    }

    public List<SupplierFollowupFinding> findingsOf(long followupId) {
        return findings.findByFollowupId(followupId);
    }

    public FollowupView view(SupplierFollowup f) {
        return new FollowupView(f, registry.agreement(f.agreementId()), registry.provider(f.providerId()),
                findings.findByFollowupId(f.id()).stream().sorted(Comparator.comparing(SupplierFollowupFinding::id)).toList(),
                events.findByFollowupIdOrderByOccurredAtAscIdAsc(f.id()));
    }

    // ---- called by the process (task listeners and the termination service task) ----

    void documentationReceived(long followupId, String documents, String actor) {
        SupplierFollowup f = followup(followupId);
        followups.save(f.withDocuments(documents));
        event(followupId, EventKind.DOKUMENTATION_INKOMMEN, actor, documents, null);
    }

    void reviewed(long followupId, Map<SupplierEnums.ChecklistArea, SupplierEnums.Assessment> checklist, String findingsText,
                  SupplierEnums.Result result, LocalDate actionPlanDue, String actor) {
        SupplierFollowup f = followup(followupId);
        checklist.forEach((area, assessment) -> findings.save(new SupplierFollowupFinding(null, followupId, area.name(), assessment.name())));
        followups.save(f.withResult(result, today(), actor));
        event(followupId, EventKind.GRANSKAD, actor, result.label() + (findingsText == null ? "" : ". " + findingsText), actionPlanDue);
    }

    void actionPlanReceived(long followupId, String plan, LocalDate recheckOn, String actor) {
        followups.save(followup(followupId).withStatus(FollowupStatus.ATERKONTROLL));
        event(followupId, EventKind.ATGARDSPLAN, actor, plan, recheckOn);
    }

    void rechecked(long followupId, boolean fixed, String comment, String actor) {
        SupplierFollowup f = followup(followupId);
        if (fixed) {
            followups.save(f.withStatus(FollowupStatus.ATGARDAD));
        }
        event(followupId, EventKind.ATERKONTROLL, actor, (fixed ? "Bristerna åtgärdade. " : "Bristerna kvarstår. ") + comment, null);
    }

    void warned(long followupId, String text, LocalDate fixBy, String actor) {
        followups.save(followup(followupId).withStatus(FollowupStatus.VARNING));
        event(followupId, EventKind.VARNING, actor, text, fixBy);
    }

    void sanctioned(long followupId, String text, String actor) {
        followups.save(followup(followupId).withStatus(FollowupStatus.SANKTION));
        event(followupId, EventKind.SANKTION, actor, text, null);
    }

    /** Service task Task_TerminateAgreement: the provider leaves the agreement today with the decided reason. */
    @Transactional
    public void terminate(DelegateExecution execution) {
        long followupId = ((Number) execution.getVariable("followupId")).longValue();
        LeaveReason reason = SupplierEnums.parse(LeaveReason.class, (String) execution.getVariable("leaveReason"));
        if (reason == null) {
            throw new IllegalStateException("Orsak till uppsägningen saknas.");
        }
        SupplierFollowup f = followup(followupId);
        String decidedBy = (String) execution.getVariable("decidedBy");
        registry.removeFromAgreement(f.agreementId(), f.providerId(), today(), reason, "Uppsagt efter uppföljning " + f.businessKey());
        followups.save(f.withStatus(FollowupStatus.UPPSAGD));
        event(followupId, EventKind.UPPSAGNING, decidedBy, reason.label(), null);
    }

    void event(long followupId, EventKind kind, String actor, String text, LocalDate due) {
        events.save(new SupplierFollowupEvent(null, followupId, kind.name(), now(), actor, text, due));
    }

    /** Demo data and imports of earlier years: a finished follow-up without a process. */
    @Transactional
    public SupplierFollowup recordFinished(long agreementId, long providerId, int year, SupplierEnums.Result result, LocalDate on,
                                           String reviewer) {
        SupplierFollowup f = followups.save(new SupplierFollowup(null, agreementId, providerId, year, false, null, null,
                "Dokumentation enligt uppföljningsplanen", null, null,
                (result == SupplierEnums.Result.GODKAND ? FollowupStatus.GODKAND : FollowupStatus.ATGARDSPLAN).name(),
                result.name(), on, reviewer, reviewer, on.atStartOfDay()));
        events.save(new SupplierFollowupEvent(null, f.id(), EventKind.GRANSKAD.name(), on.atTime(12, 0), reviewer, result.label(), null));
        return f;
    }
}
