package se.arshjul.suppliers.followup;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.arshjul.suppliers.registry.EnumValues;
import se.arshjul.suppliers.registry.LeaveReason;
import se.arshjul.suppliers.registry.MembershipRegistry;
import se.arshjul.time.SwedishTime;
import se.arshjul.web.NotFoundException;
import se.arshjul.web.PageMessages;

/**
 * The steps of {@code bpmn/leverantorsuppfoljning.bpmn} as they reach the domain tables: called by
 * {@link SupplierFollowupTaskRecorder} (in the engine's transaction) and by the termination task.
 */
@Component
class SupplierFollowupSteps {

    private final SupplierFollowupRepository followups;
    private final SupplierFollowupFindingRepository findings;
    private final SupplierFollowupEventRepository events;
    private final MembershipRegistry memberships;
    private final PageMessages labels;
    private final SwedishTime time;

    SupplierFollowupSteps(SupplierFollowupRepository followups, SupplierFollowupFindingRepository findings,
                          SupplierFollowupEventRepository events, MembershipRegistry memberships, PageMessages labels, SwedishTime time) {
        this.followups = followups;
        this.findings = findings;
        this.events = events;
        this.memberships = memberships;
        this.labels = labels;
        this.time = time;
    }

    private SupplierFollowup followup(long id) {
        return followups.findById(id).orElseThrow(() -> new NotFoundException("supplier.followup.notFound"));
    }

    void documentationReceived(long followupId, String documents, String actor) {
        followups.save(followup(followupId).withDocuments(documents));
        event(followupId, SupplierFollowupEventKind.DOKUMENTATION_INKOMMEN, actor, documents, null);
    }

    void reviewed(long followupId, Map<ChecklistArea, Assessment> checklist, String findingsText, SupplierFollowupResult result,
                  LocalDate actionPlanDue, String actor) {
        SupplierFollowup f = followup(followupId);
        checklist.forEach((area, assessment) -> findings.save(new SupplierFollowupFinding(null, followupId, area.name(), assessment.name())));
        followups.save(f.withResult(result, time.today(), actor));
        String outcome = labels.message("supplier.result." + result.name());
        event(followupId, SupplierFollowupEventKind.GRANSKAD, actor, findingsText == null ? outcome : outcome + ". " + findingsText, actionPlanDue);
    }

    void actionPlanReceived(long followupId, String plan, LocalDate recheckOn, String actor) {
        followups.save(followup(followupId).withStatus(SupplierFollowupStatus.ATERKONTROLL));
        event(followupId, SupplierFollowupEventKind.ATGARDSPLAN, actor, plan, recheckOn);
    }

    void rechecked(long followupId, boolean fixed, String comment, String actor) {
        SupplierFollowup f = followup(followupId);
        if (fixed) followups.save(f.withStatus(SupplierFollowupStatus.ATGARDAD));
        String outcome = labels.message(fixed ? "supplier.recheck.fixed" : "supplier.recheck.notFixed");
        event(followupId, SupplierFollowupEventKind.ATERKONTROLL, actor, outcome + " " + comment, null);
    }

    void warned(long followupId, String text, LocalDate fixBy, String actor) {
        followups.save(followup(followupId).withStatus(SupplierFollowupStatus.VARNING));
        event(followupId, SupplierFollowupEventKind.VARNING, actor, text, fixBy);
    }

    void sanctioned(long followupId, String text, String actor) {
        followups.save(followup(followupId).withStatus(SupplierFollowupStatus.SANKTION));
        event(followupId, SupplierFollowupEventKind.SANKTION, actor, text, null);
    }

    void terminate(DelegateExecution execution) {
        long followupId = ((Number) execution.getVariable("followupId")).longValue();
        LeaveReason reason = EnumValues.parse(LeaveReason.class, (String) execution.getVariable("leaveReason"));
        if (reason == null) {
            throw new IllegalStateException("Termination without a leave reason in follow-up " + followupId);
        }
        SupplierFollowup f = followup(followupId);
        String decidedBy = (String) execution.getVariable("decidedBy");
        memberships.removeFromAgreement(f.agreementId(), f.providerId(), time.today(), reason,
                labels.message("supplier.followup.terminatedNote", f.businessKey()));
        followups.save(f.withStatus(SupplierFollowupStatus.UPPSAGD));
        event(followupId, SupplierFollowupEventKind.UPPSAGNING, decidedBy, labels.message("supplier.leaveReason." + reason.name()), null);
    }

    void event(long followupId, SupplierFollowupEventKind kind, String actor, String text, LocalDate due) {
        events.save(new SupplierFollowupEvent(null, followupId, kind.name(), time.now(), actor, text, due));
    }
}
