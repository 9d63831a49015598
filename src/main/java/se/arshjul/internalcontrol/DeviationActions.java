package se.arshjul.internalcontrol;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import se.arshjul.review.TaskRuleViolation;
import se.arshjul.security.Groups;

/**
 * The rules of {@code bpmn/avvikelse.bpmn}: plan the åtgärd (owner must exist, deadline not passed),
 * record it done, and verification by a manager of the responsible unit who neither owns nor did
 * the åtgärd (four eyes). {@link #close} refuses to close an unverified avvikelse.
 */
@Component("deviationActions")
public class DeviationActions {

    static final int VERIFY_DAYS = 10;

    private final ControlDeviationRepository deviations;
    private final IdentityService identityService;

    public DeviationActions(ControlDeviationRepository deviations, IdentityService identityService) {
        this.deviations = deviations;
        this.identityService = identityService;
    }

    /** Complete listener of Task_PlanAction. */
    public void planned(DelegateTask task) {
        ControlDeviation deviation = deviation(task);
        String action = ControlRunRecorder.text(task, "action");
        String owner = ControlRunRecorder.text(task, "actionOwner");
        String deadlineText = ControlRunRecorder.text(task, "actionDeadline");
        if (action == null) {
            throw new TaskRuleViolation("action", "Beskriv åtgärden.");
        }
        if (owner == null || identityService.createUserQuery().userId(owner).count() == 0) {
            throw new TaskRuleViolation("actionOwner", "Ange en befintlig användare som ansvarig för åtgärden.");
        }
        LocalDate deadline;
        try {
            deadline = deadlineText == null ? null : LocalDate.parse(deadlineText);
        } catch (DateTimeParseException e) {
            deadline = null;
        }
        if (deadline == null) {
            throw new TaskRuleViolation("actionDeadline", "Ange ett slutdatum (åååå-mm-dd).");
        }
        if (deadline.isBefore(ControlScheduler.now().toLocalDate())) {
            throw new TaskRuleViolation("actionDeadline", "Slutdatumet har redan passerat.");
        }
        deviations.save(deviation.planned(action, owner, deadline));
        task.setVariable("actionDue", Variables.dateValue(ControlScheduler.toDate(deadline.atTime(23, 59))));
    }

    /** Complete listener of Task_PerformAction. */
    public void done(DelegateTask task) {
        ControlDeviation deviation = deviation(task);
        String comment = ControlRunRecorder.text(task, "doneComment");
        if (comment == null) {
            throw new TaskRuleViolation("doneComment", "Beskriv vad som har gjorts.");
        }
        deviations.save(deviation.done(ControlRunRecorder.actingUser(task), comment));
        task.setVariable("verifyDue", Variables.dateValue(ControlScheduler.toDate(ControlScheduler.now().plusDays(VERIFY_DAYS))));
    }

    /** Assignment and complete listener of Task_VerifyAction: a manager, and four eyes. */
    public void guardVerifier(DelegateTask task) {
        ControlDeviation deviation = deviation(task);
        boolean assignment = "assignment".equals(task.getEventName());
        String user = assignment ? task.getAssignee() : ControlRunRecorder.actingUser(task);
        if (user == null) {
            if (assignment) {
                return;
            }
            throw new TaskRuleViolation(null, "Verifieringen måste göras av en inloggad chef.");
        }
        if (user.equals(deviation.doneBy()) || user.equals(deviation.actionOwner())) {
            throw new TaskRuleViolation(null, "Fyra ögon: du har ansvarat för eller genomfört åtgärden och kan därför inte verifiera den. En annan chef behöver göra det.");
        }
        String managerGroup = (String) task.getVariable("managerGroup");
        if (!groupsOf(user, assignment).stream().anyMatch(g -> g.equals(managerGroup) || g.equals(Groups.MANAGEMENT))) {
            throw new TaskRuleViolation(null, "Bara en chef för den ansvariga verksamheten kan verifiera åtgärden.");
        }
    }

    /** Complete listener of Task_VerifyAction: records the verification or the send-back. */
    public void verified(DelegateTask task) {
        ControlDeviation deviation = deviation(task);
        String decision = ControlRunRecorder.text(task, "decision");
        String comment = ControlRunRecorder.text(task, "verifyComment");
        if ("verifiera".equals(decision)) {
            deviations.save(deviation.verified(ControlRunRecorder.actingUser(task), ControlScheduler.now()));
            task.setVariable("verified", true);
        } else if ("atersand".equals(decision)) {
            if (comment == null) {
                throw new TaskRuleViolation("verifyComment", "Skriv en kommentar om vad som återstår innan du skickar tillbaka.");
            }
            deviations.save(deviation.sentBack());
            task.setVariable("verified", false);
        } else {
            throw new TaskRuleViolation("decision", "Välj verifiera eller skicka tillbaka.");
        }
    }

    /** Service task Task_CloseDeviation: only a verified avvikelse can be closed. */
    public void close(DelegateExecution execution) {
        Long id = (Long) execution.getVariable("deviationId");
        ControlDeviation deviation = deviations.findById(id).orElseThrow();
        if (deviation.verifiedBy() == null) {
            throw new TaskRuleViolation(null, "Avvikelsen kan inte stängas innan en chef har verifierat åtgärden.");
        }
        deviations.save(deviation.closed());
    }

    private ControlDeviation deviation(DelegateTask task) {
        Long id = (Long) task.getVariable("deviationId");
        return deviations.findById(id).orElseThrow(() -> new TaskRuleViolation(null, "Avvikelsen finns inte längre."));
    }

    private List<String> groupsOf(String user, boolean assignment) {
        Authentication auth = identityService.getCurrentAuthentication();
        if (!assignment && auth != null && user.equals(auth.getUserId()) && auth.getGroupIds() != null && !auth.getGroupIds().isEmpty()) {
            return auth.getGroupIds();
        }
        return identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    }

    static LocalDateTime now() {
        return ControlScheduler.now();
    }
}
