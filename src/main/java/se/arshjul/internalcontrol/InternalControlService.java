package se.arshjul.internalcontrol;

import java.util.List;

import org.springframework.stereotype.Service;

import se.arshjul.security.CurrentUser;
import se.arshjul.status.ActionStatus;

/**
 * What other features use of the internal control, in one place: the risk register's risks and
 * riskåtgärder (follow-up reports read them and record the reported status) and, for tests and
 * seeds, saving controls and deciding the plan. The work is done by {@link RiskRegister},
 * {@link KontrollmomentService} and {@link InternalControlPlanService}.
 */
@Service
public class InternalControlService {

    private final RiskRegister register;
    private final KontrollmomentService controls;
    private final InternalControlPlanService plans;

    public InternalControlService(RiskRegister register, KontrollmomentService controls, InternalControlPlanService plans) {
        this.register = register;
        this.controls = controls;
        this.plans = plans;
    }

    public List<Risk> risks(int year) {
        return register.risks(year);
    }

    public List<RiskAction> riskActions(long riskId) {
        return register.riskActions(riskId);
    }

    public Risk saveRisk(int year, Long id, RiskForm form, CurrentUser user) {
        return register.saveRisk(year, id, form, user);
    }

    public RiskAction saveRiskAction(int year, long riskId, Long actionId, String description, String owner, String deadline,
                                     String status, String kommentar, CurrentUser user) {
        return register.saveRiskAction(year, riskId, actionId, new RiskActionForm(description, owner, deadline, status, kommentar), user);
    }

    public void recordReportedStatus(long actionId, ActionStatus status, String kommentar) {
        register.recordReportedStatus(actionId, status, kommentar);
    }

    public List<Kontrollmoment> controls(int year) {
        return controls.controls(year);
    }

    public List<Kontrolltillfalle> runs(long controlId) {
        return controls.kontrolltillfallen(controlId);
    }

    public List<Avvikelse> avvikelser(long runId) {
        return controls.avvikelser(runId);
    }

    public Kontrollmoment saveControl(int year, Long id, KontrollmomentForm form, CurrentUser user) {
        return controls.saveControl(year, id, form, user);
    }

    public InternalControlPlan decide(int year, String note, CurrentUser user) {
        return plans.decide(year, note, user);
    }
}
