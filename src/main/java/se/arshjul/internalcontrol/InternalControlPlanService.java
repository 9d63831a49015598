package se.arshjul.internalcontrol;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.planning.PlanDecided;
import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.time.SwedishTime;
import se.arshjul.validation.ActionRefusedException;
import se.arshjul.validation.FormReader;
import se.arshjul.validation.InvalidInputException;
import se.arshjul.web.PageMessages;

/**
 * The year's internal control plan as a whole: its riskvärde threshold and the decision
 * ("Fastställ internkontrollplanen") that lets the engine schedule every kontrollmoment.
 */
@Service
public class InternalControlPlanService {
    private static final Logger log = LoggerFactory.getLogger(InternalControlPlanService.class);
    static final int MAX_NOTE = 2000;

    private final InternalControlPlanRepository plans;
    private final KontrollmomentRepository controls;
    private final KontrollmomentScheduler scheduler;
    private final InternalControlAccess access;
    private final SwedishTime times;
    private final PageMessages messages;
    private final int defaultThreshold;

    public InternalControlPlanService(InternalControlPlanRepository plans, KontrollmomentRepository controls,
                                      KontrollmomentScheduler scheduler, InternalControlAccess access, SwedishTime times,
                                      PageMessages messages, @Value("${arshjul.internkontroll.riskvarde-grans:9}") int defaultThreshold) {
        this.plans = plans;
        this.controls = controls;
        this.scheduler = scheduler;
        this.access = access;
        this.times = times;
        this.messages = messages;
        this.defaultThreshold = defaultThreshold;
    }

    public InternalControlPlan plan(int year) {
        return plans.findByPlanYear(year).orElse(new InternalControlPlan(null, year, defaultThreshold, null, null, null, null));
    }

    @Transactional
    public InternalControlPlan setThreshold(int year, String value, CurrentUser user) {
        access.requireEditor(user);
        FormReader form = new FormReader();
        Integer threshold = form.whole("threshold", value, 1, 16);
        if (threshold == null) form.reject("threshold", "validation.wholeBetween", 1, 16);
        form.throwIfAny();
        return plans.save(plan(year).withThreshold(threshold));
    }

    /** "Fastställ internkontrollplanen": records the decision and lets the engine schedule every control's kontrolltillfällen. */
    @Transactional
    public InternalControlPlan decide(int year, String note, CurrentUser user) {
        access.requireEditor(user);
        InternalControlPlan plan = plan(year);
        if (plan.decided()) {
            throw new ActionRefusedException("ic.plan.alreadyDecided", String.valueOf(year));
        }
        List<Kontrollmoment> all = controls.findByPlanYearOrderById(year);
        if (all.isEmpty()) {
            throw new ActionRefusedException("ic.plan.noControls");
        }
        FormReader form = new FormReader();
        for (Kontrollmoment c : all) {
            if (!c.schedulable() || c.metod() == null) {
                form.reject("control-" + c.id(), "ic.plan.controlIncomplete", KontrollmomentScheduler.shortTitle(c));
            }
        }
        String text = form.text("note", note, MAX_NOTE);
        form.throwIfAny();
        InternalControlPlan decided = plans.save(plan.decided(times.now(), user.id(), text));
        scheduler.startAll(year);
        return decided;
    }

    /**
     * The internkontrollplan is decided with the verksamhetsplan: when the board's decision on
     * the year's plan is recorded, an undecided internkontrollplan with controls is fastställd
     * with it. One that cannot be scheduled yet stays a draft (logged), and the plan decision stands.
     */
    @EventListener
    public void decideWithPlan(PlanDecided decision) {
        InternalControlPlan plan = plan(decision.year());
        if (plan.decided() || controls.findByPlanYearOrderById(decision.year()).isEmpty()) {
            return;
        }
        String note = messages.message("ic.plan.decidedWithPlan", String.valueOf(decision.year()),
                decision.diarienummer(), decision.paragraph(), String.valueOf(decision.date()));
        try {
            decide(decision.year(), note, new CurrentUser("system", List.of(Groups.ADMIN)));
        } catch (InvalidInputException | ActionRefusedException e) {
            log.warn("Internal control plan {} could not be decided with the verksamhetsplan: {}", decision.year(), e.getMessage());
        }
    }
}
