package se.arshjul.internalcontrol;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.security.CurrentUser;
import se.arshjul.validation.FieldErrors;
import se.arshjul.web.NotFoundException;

/**
 * The kontrollmoment of a year's plan, their kontrolltillfällen and the avvikelser found in them.
 * Editing a control in a decided plan reschedules it when its frequency or group changed.
 */
@Service
public class KontrollmomentService {

    private final KontrollmomentRepository controls;
    private final KontrolltillfalleRepository runs;
    private final AvvikelseRepository avvikelser;
    private final KontrollmomentRules rules;
    private final KontrollmomentScheduler scheduler;
    private final InternalControlPlanService plans;
    private final InternalControlAccess access;

    public KontrollmomentService(KontrollmomentRepository controls, KontrolltillfalleRepository runs, AvvikelseRepository avvikelser,
                                 KontrollmomentRules rules, KontrollmomentScheduler scheduler, InternalControlPlanService plans,
                                 InternalControlAccess access) {
        this.controls = controls;
        this.runs = runs;
        this.avvikelser = avvikelser;
        this.rules = rules;
        this.scheduler = scheduler;
        this.plans = plans;
        this.access = access;
    }

    public List<Kontrollmoment> controls(int year) {
        return controls.findByPlanYearOrderById(year);
    }

    public Kontrollmoment control(int year, long id) {
        return controls.findById(id).filter(c -> c.planYear() == year).orElseThrow(() -> new NotFoundException("ic.control.notFound"));
    }

    public List<Kontrolltillfalle> kontrolltillfallen(long controlId) {
        return runs.findByControlIdOrderByPeriodStart(controlId);
    }

    public List<Avvikelse> avvikelser(long runId) {
        return avvikelser.findByRunId(runId);
    }

    /**
     * Saves a kontrollmoment. In a decided plan a new control is scheduled at once, and a change
     * wakes its scheduler so the coming periods follow the new frequency (existing kontrolltillfällen stay).
     */
    @Transactional
    public Kontrollmoment saveControl(int year, Long id, KontrollmomentForm form, CurrentUser user) {
        access.requireEditor(user);
        Kontrollmoment before = id == null ? null : control(year, id);
        Kontrollmoment candidate = rules.read(year, id, before == null ? null : before.version(), form);
        if (before != null && form.getVersion() != null && !form.getVersion().equals(before.version())) {
            throw FieldErrors.single("", "ic.stale");
        }
        Kontrollmoment saved = controls.save(candidate);
        if (plans.plan(year).decided() && scheduleChanged(before, saved)) {
            scheduler.reschedule(saved);
        }
        return saved;
    }

    private static boolean scheduleChanged(Kontrollmoment before, Kontrollmoment after) {
        return before == null || before.frekvens() != after.frekvens()
                || !Objects.equals(before.manader(), after.manader())
                || !Objects.equals(before.ansvarigGrupp(), after.ansvarigGrupp());
    }
}
