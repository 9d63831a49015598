package se.arshjul.internalcontrol;

import se.arshjul.status.ActionStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.security.CurrentUser;
import se.arshjul.web.NotFoundException;

/**
 * The internal control plan of a year: risk register, riskåtgärder, revisionsåtgärder,
 * kontrollmoment and the decision that starts the engine's scheduling. Every write validates
 * first (Swedish messages per field) and saves nothing when something is wrong.
 */
@Service
public class InternalControlService {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(InternalControlService.class);

    static final int MAX_SHORT = 200;

    private final PlanRepository plans;
    private final RiskRepository risks;
    private final RiskActionRepository riskActions;
    private final AuditActionRepository auditActions;
    private final KontrollmomentRepository controls;
    private final ControlRunRepository runs;
    private final ControlDeviationRepository deviations;
    private final ControlScheduler scheduler;
    private final InternalControlAccess access;
    private final IdentityService identityService;
    private final int defaultThreshold;

    public InternalControlService(PlanRepository plans, RiskRepository risks, RiskActionRepository riskActions,
                                  AuditActionRepository auditActions, KontrollmomentRepository controls,
                                  ControlRunRepository runs, ControlDeviationRepository deviations, ControlScheduler scheduler,
                                  InternalControlAccess access, IdentityService identityService,
                                  @Value("${arshjul.internkontroll.riskvarde-grans:9}") int defaultThreshold) {
        this.plans = plans;
        this.risks = risks;
        this.riskActions = riskActions;
        this.auditActions = auditActions;
        this.controls = controls;
        this.runs = runs;
        this.deviations = deviations;
        this.scheduler = scheduler;
        this.access = access;
        this.identityService = identityService;
        this.defaultThreshold = defaultThreshold;
    }

    // ---- plan ---------------------------------------------------------------------------

    public InternalControlPlan plan(int year) {
        return plans.findByPlanYear(year).orElse(new InternalControlPlan(null, year, defaultThreshold, null, null, null, null));
    }

    @Transactional
    public InternalControlPlan setThreshold(int year, String value, CurrentUser user) {
        access.requireEditor(user);
        Integer threshold = parseInt(value);
        if (threshold == null || threshold < 1 || threshold > 16) {
            throw new InvalidInput("threshold", "Gränsvärdet ska vara ett heltal mellan 1 och 16.");
        }
        return plans.save(plan(year).withThreshold(threshold));
    }

    /** "Fastställ internkontrollplanen": records the decision and lets the engine schedule every control's runs. */
    @Transactional
    public InternalControlPlan decide(int year, String note, CurrentUser user) {
        access.requireEditor(user);
        InternalControlPlan plan = plan(year);
        if (plan.decided()) {
            throw new InvalidInput("plan", "Internkontrollplanen för " + year + " är redan fastställd.");
        }
        List<Kontrollmoment> all = controls.findByPlanYearOrderById(year);
        if (all.isEmpty()) {
            throw new InvalidInput("plan", "Planen har inga kontrollmoment.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (Kontrollmoment c : all) {
            if (!c.schedulable() || c.method() == null) {
                errors.put("control-" + c.id(), "Kontrollmomentet \"" + ControlScheduler.shortTitle(c)
                        + "\" saknar kontrollmetod, frekvens eller ansvarig grupp.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > 2000) {
            throw new InvalidInput("note", "Beslutsanteckningen får vara högst 2000 tecken.");
        }
        InternalControlPlan decided = plans.save(plan.decided(ControlScheduler.now(), user.id(), trimmed));
        scheduler.startAll(year);
        return decided;
    }

    /**
     * The internkontrollplan is decided with the verksamhetsplan: when the board's decision on
     * the year's plan is recorded, an undecided internkontrollplan with controls is fastställd
     * with it. One that cannot be scheduled yet stays a draft (logged), and the plan decision stands.
     */
    @org.springframework.context.event.EventListener
    public void decideWithPlan(se.arshjul.planning.PlanDecided decision) {
        InternalControlPlan plan = plan(decision.year());
        if (plan.decided() || controls.findByPlanYearOrderById(decision.year()).isEmpty()) {
            return;
        }
        String note = "Beslutad med verksamhetsplanen " + decision.year() + ", " + decision.diarienummer() + " " + decision.paragraph()
                + " (" + decision.date() + ").";
        try {
            decide(decision.year(), note, new CurrentUser("system", List.of(se.arshjul.security.Groups.ADMIN)));
        } catch (InvalidInput e) {
            log.warn("Internkontrollplanen {} kunde inte fastställas med verksamhetsplanen: {}", decision.year(), e.getMessage());
        }
    }

    // ---- risks --------------------------------------------------------------------------

    public List<Risk> risks(int year) {
        return risks.findByPlanYearOrderById(year);
    }

    public Risk risk(int year, long id) {
        return risks.findById(id).filter(r -> r.planYear() == year).orElseThrow(() -> new NotFoundException("Risken finns inte."));
    }

    public HeatMap heatMap(int year) {
        return HeatMap.of(risks(year));
    }

    /** The proposal the threshold gives; the recorded decision is {@link Risk#placement()}. */
    public Risk.Placement proposedPlacement(int riskvarde, int year) {
        return riskvarde >= plan(year).threshold() ? Risk.Placement.NAMNDENS_PLAN : Risk.Placement.EGENKONTROLL;
    }

    @Transactional
    public Risk saveRisk(int year, Long id, RiskForm form, CurrentUser user) {
        access.requireEditor(user);
        Map<String, String> errors = new LinkedHashMap<>();
        String process = required(errors, "process", form.getProcess(), "Process/område", MAX_SHORT);
        String namndmal = optional(errors, "namndmal", form.getNamndmal(), "Nämndmål", 500);
        String riskText = required(errors, "risk", form.getRisk(), "Risk", 1000);
        String bakgrund = optional(errors, "bakgrund", form.getBakgrund(), "Bakgrund", 8000);
        Integer s = scale(errors, "sannolikhet", form.getSannolikhet(), "Sannolikhet");
        Integer k = scale(errors, "konsekvens", form.getKonsekvens(), "Konsekvens");
        Risk.Placement placement = null;
        if (form.getPlacement() != null && !form.getPlacement().isBlank()) {
            try {
                placement = Risk.Placement.valueOf(form.getPlacement());
            } catch (IllegalArgumentException e) {
                errors.put("placement", "Välj nämndens plan eller verksamhetens egenkontroll.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (placement == null) {
            placement = proposedPlacement(s * k, year);
        }
        Long version = null;
        if (id != null) {
            version = risk(year, id).version();
            if (form.getVersion() != null && !form.getVersion().equals(version)) {
                throw new InvalidInput("", "Risken har ändrats av någon annan. Ladda om sidan och gör om ändringen.");
            }
        }
        return risks.save(new Risk(id, year, process, namndmal, riskText, bakgrund, s, k, placement, version));
    }

    public List<RiskAction> riskActions(long riskId) {
        return riskActions.findByRiskIdOrderById(riskId);
    }

    @Transactional
    public RiskAction saveRiskAction(int year, long riskId, Long actionId, String description, String owner, String deadline,
                                     String status, String kommentar, CurrentUser user) {
        access.requireEditor(user);
        risk(year, riskId);
        Map<String, String> errors = new LinkedHashMap<>();
        String text = required(errors, "description", description, "Åtgärd", 2000);
        String who = optional(errors, "owner", owner, "Ansvarig", MAX_SHORT);
        String comment = optional(errors, "kommentar", kommentar, "Kommentar", 2000);
        LocalDate date = null;
        if (deadline != null && !deadline.isBlank()) {
            try {
                date = LocalDate.parse(deadline.strip());
            } catch (java.time.format.DateTimeParseException e) {
                errors.put("deadline", "\"Klart senast\" måste vara ett datum (åååå-mm-dd).");
            }
        }
        ActionStatus st = null;
        if (status != null && !status.isBlank()) {
            try {
                st = ActionStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                errors.put("status", "Välj en status i listan.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Long version = null;
        if (actionId != null) {
            RiskAction existing = riskActions.findById(actionId).filter(a -> a.riskId() == riskId)
                    .orElseThrow(() -> new NotFoundException("Åtgärden finns inte."));
            version = existing.version();
        }
        return riskActions.save(new RiskAction(actionId, riskId, text, who, date, st, comment, version));
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

    // ---- kontrollmoment -----------------------------------------------------------------

    public List<Kontrollmoment> controls(int year) {
        return controls.findByPlanYearOrderById(year);
    }

    public Kontrollmoment control(int year, long id) {
        return controls.findById(id).filter(c -> c.planYear() == year).orElseThrow(() -> new NotFoundException("Kontrollmomentet finns inte."));
    }

    public List<ControlRun> runs(long controlId) {
        return runs.findByControlIdOrderByPeriodStart(controlId);
    }

    public List<ControlDeviation> deviations(long runId) {
        return deviations.findByRunId(runId);
    }

    /**
     * Saves a kontrollmoment. In a decided plan a new control is scheduled at once, and a change
     * wakes its scheduler so the coming periods follow the new frequency (existing runs stay).
     */
    @Transactional
    public Kontrollmoment saveControl(int year, Long id, ControlForm form, CurrentUser user) {
        access.requireEditor(user);
        Kontrollmoment candidate = validate(year, id, form);
        Kontrollmoment before = id == null ? null : control(year, id);
        if (before != null && form.getVersion() != null && !form.getVersion().equals(before.version())) {
            throw new InvalidInput("", "Kontrollmomentet har ändrats av någon annan. Ladda om sidan och gör om ändringen.");
        }
        Kontrollmoment saved = controls.save(candidate);
        if (plan(year).decided()) {
            boolean scheduleChanged = before == null || before.frequency() != saved.frequency()
                    || !Objects.equals(before.frequencyMonths(), saved.frequencyMonths())
                    || !Objects.equals(before.ansvarigGroup(), saved.ansvarigGroup());
            if (scheduleChanged) {
                scheduler.reschedule(saved);
            }
        }
        return saved;
    }

    Kontrollmoment validate(int year, Long id, ControlForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String process = required(errors, "process", form.getProcess(), "Process/rutin", MAX_SHORT);
        String mal = required(errors, "kontrollmal", form.getKontrollmal(), "Kontrollmål", 1000);
        String roll = optional(errors, "ansvarigRoll", form.getAnsvarigRoll(), "Ansvarig (roll)", MAX_SHORT);
        String group = trim(form.getAnsvarigGroup());
        if (group == null) {
            errors.put("ansvarigGroup", "Välj vilken grupp som ska utföra kontrollen.");
        } else if (identityService.createGroupQuery().groupId(group).count() == 0) {
            errors.put("ansvarigGroup", "Gruppen \"" + group + "\" finns inte.");
        }
        String user = trim(form.getAnsvarigUser());
        if (user != null && identityService.createUserQuery().userId(user).count() == 0) {
            errors.put("ansvarigUser", "Användaren \"" + user + "\" finns inte.");
        } else if (user != null && group != null && identityService.createUserQuery().userId(user).memberOfGroup(group).count() == 0) {
            errors.put("ansvarigUser", "Användaren \"" + user + "\" ingår inte i den ansvariga gruppen.");
        }
        Kontrollmoment.Method method = null;
        try {
            method = form.getMethod() == null || form.getMethod().isBlank() ? null : Kontrollmoment.Method.valueOf(form.getMethod());
        } catch (IllegalArgumentException e) {
            // handled below
        }
        if (method == null) {
            errors.put("method", "Välj kontrollmetod: stickprov eller totalundersökning.");
        }
        Integer sampleSize = null;
        if (form.getSampleSize() != null && !form.getSampleSize().isBlank()) {
            sampleSize = parseInt(form.getSampleSize());
            if (method != Kontrollmoment.Method.STICKPROV) {
                errors.put("sampleSize", "Stickprovsstorlek anges bara för kontrollmetoden stickprov.");
            } else if (sampleSize == null || sampleSize < 1 || sampleSize > 10_000) {
                errors.put("sampleSize", "Stickprovsstorleken ska vara ett heltal mellan 1 och 10 000.");
            }
        }
        Frequency frequency = null;
        try {
            frequency = form.getFrequency() == null || form.getFrequency().isBlank() ? null : Frequency.valueOf(form.getFrequency());
        } catch (IllegalArgumentException e) {
            // handled below
        }
        List<Integer> months = new ArrayList<>(form.getMonths().stream().filter(Objects::nonNull).distinct().sorted().toList());
        if (frequency == null) {
            errors.put("frequency", "Välj frekvens.");
        } else if (months.stream().anyMatch(m -> m < 1 || m > 12)) {
            errors.put("months", "Ogiltig månad.");
        } else {
            switch (frequency) {
                case MONTHLY, QUARTERLY -> {
                    if (!months.isEmpty()) errors.put("months", "Månader väljs bara för frekvenserna \"valda månader\" och \"1 gång per år\".");
                }
                case YEARLY -> {
                    if (months.size() != 1) errors.put("months", "Välj exakt en månad för en kontroll som görs 1 gång per år.");
                }
                case SELECTED_MONTHS -> {
                    if (months.size() < 2) errors.put("months", "Välj minst två månader (för en månad: välj \"1 gång per år\").");
                }
            }
        }
        String rapportTill = optional(errors, "rapportTill", form.getRapportTill(), "Rapport till", MAX_SHORT);
        String rapportNar = optional(errors, "rapportNar", form.getRapportNar(), "När rapporteras", MAX_SHORT);
        String varfor = optional(errors, "varfor", form.getVarfor(), "Motivering", 4000);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Long version = id == null ? null : control(year, id).version();
        return new Kontrollmoment(id, year, process, mal, roll, group, user, method, sampleSize, frequency,
                Frequency.formatMonths(months), rapportTill, rapportNar, form.isKommunovergripande(), varfor, version);
    }

    // ---- dashboard ----------------------------------------------------------------------

    public record PeriodCell(String label, String state, String title) {}

    public record ControlStatus(Kontrollmoment control, int expected, int planned, int done, int overdue, int deviations,
                                int openActions, List<PeriodCell> periods) {}

    public List<ControlStatus> dashboard(int year) {
        LocalDateTime now = ControlScheduler.now();
        List<ControlStatus> rows = new ArrayList<>();
        for (Kontrollmoment c : controls(year)) {
            List<ControlRun> controlRuns = runs(c.id());
            int expected = c.frequency() == null ? 0 : c.frequency().periods(year, c.months()).size();
            int done = 0, overdue = 0, devs = 0, open = 0;
            List<PeriodCell> cells = new ArrayList<>();
            for (ControlRun run : controlRuns) {
                List<ControlDeviation> ds = deviations(run.id());
                devs += ds.size();
                long openHere = ds.stream().filter(ControlDeviation::open).count();
                open += (int) openHere;
                String state;
                if (run.status() == ControlRun.Status.DONE) {
                    done++;
                    state = run.result() == ControlRun.Result.AVVIKELSE ? (openHere > 0 ? "avvikelse-oppen" : "avvikelse-stangd") : "klar";
                } else if (run.overdue(now)) {
                    overdue++;
                    state = "forsenad";
                } else {
                    state = "planerad";
                }
                cells.add(new PeriodCell(run.periodLabel(), state, stateText(state)));
            }
            rows.add(new ControlStatus(c, expected, controlRuns.size(), done, overdue, devs, open, cells));
        }
        return rows;
    }

    static String stateText(String state) {
        return switch (state) {
            case "klar" -> "Utförd utan avvikelse";
            case "avvikelse-oppen" -> "Avvikelse, åtgärd pågår";
            case "avvikelse-stangd" -> "Avvikelse, åtgärdad och verifierad";
            case "forsenad" -> "Försenad";
            default -> "Planerad";
        };
    }

    // ---- helpers ------------------------------------------------------------------------

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Integer parseInt(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String required(Map<String, String> errors, String field, String value, String label, int max) {
        String v = trim(value);
        if (v == null) {
            errors.put(field, "\"" + label + "\" måste fyllas i.");
            return null;
        }
        return optional(errors, field, v, label, max);
    }

    private static String optional(Map<String, String> errors, String field, String value, String label, int max) {
        String v = trim(value);
        if (v != null && v.length() > max) {
            errors.put(field, "\"" + label + "\" får vara högst " + max + " tecken (nu " + v.length() + ").");
        }
        return v;
    }

    private static Integer scale(Map<String, String> errors, String field, String value, String label) {
        Integer v = parseInt(value);
        if (v == null || v < 1 || v > 4) {
            errors.put(field, "Välj " + label.toLowerCase() + " 1–4.");
            return null;
        }
        return v;
    }

    Optional<InternalControlPlan> existingPlan(int year) {
        return plans.findByPlanYear(year);
    }
}
