package se.arshjul.internalcontrol;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.arshjul.security.Groups;
import se.arshjul.time.IsoDurations;
import se.arshjul.time.SwedishTime;
import se.arshjul.validation.FormReader;

/**
 * The rules of {@code bpmn/avvikelse.bpmn}: plan the åtgärd (owner must exist, deadline not passed),
 * record it done, and verification by a manager of the responsible unit who neither owns nor did
 * the åtgärd (four eyes), due within {@code arshjul.deadlines.avvikelse-verify}. {@link #close}
 * refuses to close an unverified avvikelse.
 */
@Component("deviationActions")
public class AvvikelseActions {

    private final AvvikelseRepository avvikelser;
    private final IdentityService identityService;
    private final SwedishTime times;
    private final TaskRefusals refusals;
    private final String verifyWithin;
    private final IsoDurations durations;

    public AvvikelseActions(AvvikelseRepository avvikelser, IdentityService identityService, SwedishTime times, TaskRefusals refusals,
                            @Value("${arshjul.deadlines.avvikelse-verify:P10D}") String verifyWithin,
                            IsoDurations durations) {
        this.avvikelser = avvikelser;
        this.identityService = identityService;
        this.times = times;
        this.refusals = refusals;
        this.verifyWithin = verifyWithin;
        this.durations = durations;
    }

    /** Complete listener of Task_PlanAction. */
    public void planned(DelegateTask task) {
        Avvikelse avvikelse = avvikelse(task);
        String action = KontrolltillfalleRecorder.text(task, "action");
        String owner = KontrolltillfalleRecorder.text(task, "actionOwner");
        String deadlineText = KontrolltillfalleRecorder.text(task, "actionDeadline");
        if (action == null) {
            throw refusals.refuse("action", "ic.avvikelse.action.required");
        }
        if (owner == null || identityService.createUserQuery().userId(owner).count() == 0) {
            throw refusals.refuse("actionOwner", "ic.avvikelse.owner.unknown");
        }
        LocalDate deadline = new FormReader().date("actionDeadline", deadlineText);
        if (deadline == null) {
            throw refusals.refuse("actionDeadline", "validation.date");
        }
        if (deadline.isBefore(times.today())) {
            throw refusals.refuse("actionDeadline", "ic.avvikelse.deadline.passed");
        }
        avvikelser.save(avvikelse.planned(action, owner, deadline));
        task.setVariable("actionDue", Variables.dateValue(times.toDate(deadline.atTime(23, 59))));
    }

    /** Complete listener of Task_PerformAction. */
    public void done(DelegateTask task) {
        Avvikelse avvikelse = avvikelse(task);
        String comment = KontrolltillfalleRecorder.text(task, "doneComment");
        if (comment == null) {
            throw refusals.refuse("doneComment", "ic.avvikelse.done.required");
        }
        avvikelser.save(avvikelse.done(KontrolltillfalleRecorder.actingUser(task), comment));
        task.setVariable("verifyDue", Variables.dateValue(durations.plus(times.toDate(times.now()), verifyWithin)));
    }

    /** Assignment and complete listener of Task_VerifyAction: a manager, and four eyes. */
    public void guardVerifier(DelegateTask task) {
        Avvikelse avvikelse = avvikelse(task);
        boolean assignment = "assignment".equals(task.getEventName());
        String user = assignment ? task.getAssignee() : KontrolltillfalleRecorder.actingUser(task);
        if (user == null) {
            if (assignment) {
                return;
            }
            throw refusals.refuse(null, "ic.avvikelse.verify.signedIn");
        }
        if (user.equals(avvikelse.doneBy()) || user.equals(avvikelse.actionOwner())) {
            throw refusals.refuse(null, "ic.avvikelse.verify.fourEyes");
        }
        String managerGroup = (String) task.getVariable("managerGroup");
        if (groupsOf(user, assignment).stream().noneMatch(g -> g.equals(managerGroup) || g.equals(Groups.MANAGEMENT))) {
            throw refusals.refuse(null, "ic.avvikelse.verify.manager");
        }
    }

    /** Complete listener of Task_VerifyAction: records the verification or the send-back. */
    public void verified(DelegateTask task) {
        Avvikelse avvikelse = avvikelse(task);
        String decision = KontrolltillfalleRecorder.text(task, "decision");
        String comment = KontrolltillfalleRecorder.text(task, "verifyComment");
        if ("verifiera".equals(decision)) {
            avvikelser.save(avvikelse.verified(KontrolltillfalleRecorder.actingUser(task), times.now()));
            task.setVariable("verified", true);
        } else if ("atersand".equals(decision)) {
            if (comment == null) {
                throw refusals.refuse("verifyComment", "ic.avvikelse.sendBack.comment");
            }
            avvikelser.save(avvikelse.sentBack());
            task.setVariable("verified", false);
        } else {
            throw refusals.refuse("decision", "ic.avvikelse.verify.choose");
        }
    }

    /** Service task Task_CloseDeviation: only a verified avvikelse can be closed. */
    public void close(DelegateExecution execution) {
        Long id = (Long) execution.getVariable("deviationId");
        Avvikelse avvikelse = avvikelser.findById(id).orElseThrow();
        if (avvikelse.verifiedBy() == null) {
            throw refusals.refuse(null, "ic.avvikelse.close.unverified");
        }
        avvikelser.save(avvikelse.closed());
    }

    private Avvikelse avvikelse(DelegateTask task) {
        Long id = (Long) task.getVariable("deviationId");
        return avvikelser.findById(id).orElseThrow(() -> refusals.refuse(null, "ic.avvikelse.gone"));
    }

    private List<String> groupsOf(String user, boolean assignment) {
        Authentication auth = identityService.getCurrentAuthentication();
        if (!assignment && auth != null && user.equals(auth.getUserId()) && auth.getGroupIds() != null && !auth.getGroupIds().isEmpty()) {
            return auth.getGroupIds();
        }
        return identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    }
}
