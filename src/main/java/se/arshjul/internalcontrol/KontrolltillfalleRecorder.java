package se.arshjul.internalcontrol;

import java.time.LocalDateTime;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.arshjul.time.IsoDurations;
import se.arshjul.time.SwedishTime;

/**
 * Complete listener of "Utför kontroll": stores what was checked and the result on the
 * kontrolltillfälle; an avvikelse needs a description and a severity and opens an {@link Avvikelse}
 * that the Avvikelse process then follows to closure. Runs in the engine's transaction: a refusal
 * saves nothing. The åtgärd is due within {@code arshjul.deadlines.avvikelse-plan}.
 */
@Component("controlRunRecorder")
public class KontrolltillfalleRecorder implements TaskListener {

    private final KontrolltillfalleRepository runs;
    private final AvvikelseRepository avvikelser;
    private final SwedishTime times;
    private final TaskRefusals refusals;
    private final String planWithin;
    private final IsoDurations durations;

    public KontrolltillfalleRecorder(KontrolltillfalleRepository runs, AvvikelseRepository avvikelser, SwedishTime times,
                                     TaskRefusals refusals, @Value("${arshjul.deadlines.avvikelse-plan:P14D}") String planWithin,
                            IsoDurations durations) {
        this.runs = runs;
        this.avvikelser = avvikelser;
        this.times = times;
        this.refusals = refusals;
        this.planWithin = planWithin;
        this.durations = durations;
    }

    @Override
    public void notify(DelegateTask task) {
        Long runId = (Long) task.getVariable("runId");
        Kontrolltillfalle run = runs.findById(runId).orElseThrow(() -> refusals.refuse(null, "ic.run.gone"));
        String population = text(task, "population");
        String result = text(task, "result");
        if (population == null) {
            throw refusals.refuse("population", "ic.run.population.required");
        }
        if (!"ok".equals(result) && !"avvikelse".equals(result)) {
            throw refusals.refuse("result", "ic.run.result.choose");
        }
        LocalDateTime now = times.now();
        Kontrolltillfalle.Result outcome = "ok".equals(result) ? Kontrolltillfalle.Result.OK : Kontrolltillfalle.Result.AVVIKELSE;
        if (outcome == Kontrolltillfalle.Result.AVVIKELSE) {
            openAvvikelse(task, runId, now);
        }
        runs.save(run.performed(population, text(task, "sample"), outcome, actingUser(task), now));
    }

    private void openAvvikelse(DelegateTask task, Long runId, LocalDateTime now) {
        String description = text(task, "deviationDescription");
        String severity = text(task, "severity");
        if (description == null) {
            throw refusals.refuse("deviationDescription", "ic.run.avvikelse.required");
        }
        if (severity == null) {
            throw refusals.refuse("severity", "ic.run.severity.required");
        }
        Avvikelse avvikelse = avvikelser.save(new Avvikelse(null, runId, description,
                Avvikelse.Severity.valueOf(severity.toUpperCase(Locale.ROOT)), Avvikelse.Status.OPEN,
                null, null, null, null, null, null, null, now, null));
        task.setVariable("deviationId", avvikelse.id());
        task.setVariable("planDueDate", Variables.dateValue(durations.plus(times.toDate(now), planWithin)));
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
