package se.arshjul.internalcontrol;

import java.time.LocalDateTime;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import se.arshjul.review.TaskRuleViolation;

/**
 * Complete listener of "Utför kontroll": stores what was checked and the result on the run; an
 * avvikelse needs a description and a severity and opens a {@link ControlDeviation} that the
 * Avvikelse process then follows to closure. Runs in the engine's transaction: a refusal saves nothing.
 */
@Component("controlRunRecorder")
public class ControlRunRecorder implements TaskListener {

    static final int DEVIATION_PLAN_DAYS = 14;

    private final ControlRunRepository runs;
    private final ControlDeviationRepository deviations;

    public ControlRunRecorder(ControlRunRepository runs, ControlDeviationRepository deviations) {
        this.runs = runs;
        this.deviations = deviations;
    }

    @Override
    public void notify(DelegateTask task) {
        Long runId = (Long) task.getVariable("runId");
        ControlRun run = runs.findById(runId).orElseThrow(() -> new TaskRuleViolation(null, "Kontrolltillfället finns inte längre."));
        String population = text(task, "population");
        String sample = text(task, "sample");
        String result = text(task, "result");
        if (population == null) {
            throw new TaskRuleViolation("population", "Beskriv vad som kontrollerades (population).");
        }
        if (!"ok".equals(result) && !"avvikelse".equals(result)) {
            throw new TaskRuleViolation("result", "Välj resultat: OK eller avvikelse.");
        }
        String user = actingUser(task);
        LocalDateTime now = ControlScheduler.now();
        ControlRun.Result outcome = "ok".equals(result) ? ControlRun.Result.OK : ControlRun.Result.AVVIKELSE;
        if (outcome == ControlRun.Result.AVVIKELSE) {
            String description = text(task, "deviationDescription");
            String severity = text(task, "severity");
            if (description == null) {
                throw new TaskRuleViolation("deviationDescription", "Beskriv avvikelsen.");
            }
            if (severity == null) {
                throw new TaskRuleViolation("severity", "Ange avvikelsens allvarlighetsgrad.");
            }
            ControlDeviation deviation = deviations.save(new ControlDeviation(null, runId, description,
                    ControlDeviation.Severity.valueOf(severity.toUpperCase(Locale.ROOT)), ControlDeviation.Status.OPEN,
                    null, null, null, null, null, null, null, now, null));
            task.setVariable("deviationId", deviation.id());
            task.setVariable("planDueDate", Variables.dateValue(ControlScheduler.toDate(now.plusDays(DEVIATION_PLAN_DAYS))));
        }
        runs.save(run.performed(population, sample, outcome, user, now));
    }

    static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    static String actingUser(DelegateTask task) {
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth != null && auth.getUserId() != null ? auth.getUserId() : task.getAssignee();
    }
}
