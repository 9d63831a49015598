package se.arshjul.internalcontrol;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.security.CurrentUser;
import se.arshjul.status.ActionStatus;
import se.arshjul.validation.FieldErrors;
import se.arshjul.validation.FormReader;
import se.arshjul.validation.FormValidator;
import se.arshjul.validation.Texts;
import se.arshjul.web.NotFoundException;

/**
 * The year's risk register: risks scored and placed, their riskåtgärder (with the status the
 * follow-up reports record) and the åtgärder from revision. Every write checks the whole form
 * first and saves nothing when something is wrong.
 */
@Service
public class RiskRegister {

    private final RiskRepository risks;
    private final RiskActionRepository riskActions;
    private final AuditActionRepository auditActions;
    private final InternalControlPlanService plans;
    private final InternalControlAccess access;
    private final FormValidator validator;

    public RiskRegister(RiskRepository risks, RiskActionRepository riskActions, AuditActionRepository auditActions,
                        InternalControlPlanService plans, InternalControlAccess access, FormValidator validator) {
        this.risks = risks;
        this.riskActions = riskActions;
        this.auditActions = auditActions;
        this.plans = plans;
        this.access = access;
        this.validator = validator;
    }

    public List<Risk> risks(int year) {
        return risks.findByPlanYearOrderById(year);
    }

    public Risk risk(int year, long id) {
        return risks.findById(id).filter(r -> r.planYear() == year).orElseThrow(() -> new NotFoundException("ic.risk.notFound"));
    }

    public HeatMap heatMap(int year) {
        return HeatMap.of(risks(year));
    }

    /** The proposal the threshold gives; the recorded decision is {@link Risk#placement()}. */
    public Risk.Placement proposedPlacement(int riskvarde, int year) {
        return riskvarde >= plans.plan(year).threshold() ? Risk.Placement.NAMNDENS_PLAN : Risk.Placement.EGENKONTROLL;
    }

    @Transactional
    public Risk saveRisk(int year, Long id, RiskForm form, CurrentUser user) {
        access.requireEditor(user);
        FormReader reader = new FormReader(validator.check(form));
        Integer s = scale(reader, "sannolikhet", form.getSannolikhet());
        Integer k = scale(reader, "konsekvens", form.getKonsekvens());
        Risk.Placement placement = reader.choice("placement", form.getPlacement(), Risk.Placement.class);
        reader.throwIfAny();
        Long version = null;
        if (id != null) {
            version = risk(year, id).version();
            if (form.getVersion() != null && !form.getVersion().equals(version)) {
                throw FieldErrors.single("", "ic.stale");
            }
        }
        Risk.Placement decided = placement != null ? placement : proposedPlacement(s * k, year);
        return risks.save(new Risk(id, year, Texts.clean(form.getProcess()), Texts.clean(form.getNamndmal()), Texts.clean(form.getRisk()),
                Texts.clean(form.getBakgrund()), s, k, decided, version));
    }

    /** A 1–4 scale is a choice from a list: empty and anything else alike are refused the same way. */
    private static Integer scale(FormReader reader, String field, String raw) {
        Integer value = new FormReader().whole(field, raw, 1, 4);
        if (value == null) reader.reject(field, "validation.choice");
        return value;
    }

    public List<RiskAction> riskActions(long riskId) {
        return riskActions.findByRiskIdOrderById(riskId);
    }

    @Transactional
    public RiskAction saveRiskAction(int year, long riskId, Long actionId, RiskActionForm form, CurrentUser user) {
        access.requireEditor(user);
        risk(year, riskId);
        FormReader reader = new FormReader(validator.check(form));
        ActionStatus status = reader.choice("status", form.status(), ActionStatus.class);
        reader.throwIfAny();
        Long version = null;
        if (actionId != null) {
            version = riskActions.findById(actionId).filter(a -> a.riskId() == riskId)
                    .orElseThrow(() -> new NotFoundException("ic.riskAction.notFound")).version();
        }
        return riskActions.save(new RiskAction(actionId, riskId, Texts.clean(form.description()), Texts.clean(form.owner()),
                new FormReader().date("deadline", form.deadline()), status, Texts.clean(form.kommentar()), version));
    }

    /**
     * A follow-up report's approved status of a riskåtgärd becomes the register's latest status (the report keeps
     * its own per period). Called by the engine when the reporting unit's section is approved, so no user check.
     */
    @Transactional
    public void recordReportedStatus(long actionId, ActionStatus status, String kommentar) {
        riskActions.findById(actionId).ifPresent(a -> riskActions.save(new RiskAction(a.id(), a.riskId(), a.description(), a.owner(),
                a.deadline(), status, kommentar, a.version())));
    }

    public List<AuditAction> auditActions(int year) {
        return auditActions.findByPlanYearOrderById(year);
    }
}
