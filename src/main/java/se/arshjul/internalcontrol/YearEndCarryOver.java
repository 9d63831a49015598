package se.arshjul.internalcontrol;

import se.arshjul.status.ActionStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.security.CurrentUser;

/**
 * Year end (seed 004: "Avvikelser, samt eventuella åtgärder, redovisas och vid behov hanteras som
 * överföringar till nästa års internkontrollplan"): the open items are offered, and the ones the
 * controller picks are copied into next year's risk register and recorded in {@link CarryOver}.
 * Open items: risks with a riskåtgärd that is not Klart (the copy takes those åtgärder along), and
 * avvikelser not yet closed (they become a risk to assess; konsekvens from the severity, to be re-scored).
 */
@Service
public class YearEndCarryOver {

    public record Candidate(String key, CarryOver.SourceType type, Long id, String text, String detail, boolean carried) {}

    private final InternalControlService service;
    private final InternalControlAccess access;
    private final RiskRepository risks;
    private final RiskActionRepository riskActions;
    private final KontrollmomentRepository controls;
    private final ControlRunRepository runs;
    private final ControlDeviationRepository deviations;
    private final CarryOverRepository carryOvers;

    public YearEndCarryOver(InternalControlService service, InternalControlAccess access, RiskRepository risks,
                            RiskActionRepository riskActions, KontrollmomentRepository controls, ControlRunRepository runs,
                            ControlDeviationRepository deviations, CarryOverRepository carryOvers) {
        this.service = service;
        this.access = access;
        this.risks = risks;
        this.riskActions = riskActions;
        this.controls = controls;
        this.runs = runs;
        this.deviations = deviations;
        this.carryOvers = carryOvers;
    }

    public List<Candidate> candidates(int year) {
        List<Candidate> list = new ArrayList<>();
        for (Risk r : risks.findByPlanYearOrderById(year)) {
            List<RiskAction> open = openActions(r);
            if (!open.isEmpty()) {
                list.add(new Candidate("RISK-" + r.id(), CarryOver.SourceType.RISK, r.id(), r.risk(),
                        open.size() + " åtgärd(er) inte klara: " + String.join("; ", open.stream()
                                .map(a -> a.description() + " (" + ActionStatus.labelOf(a.status()) + ")").toList()),
                        carried(CarryOver.SourceType.RISK, r.id())));
            }
        }
        for (Kontrollmoment c : controls.findByPlanYearOrderById(year)) {
            for (ControlRun run : runs.findByControlIdOrderByPeriodStart(c.id())) {
                for (ControlDeviation d : deviations.findByRunId(run.id())) {
                    if (d.open()) {
                        list.add(new Candidate("AVVIKELSE-" + d.id(), CarryOver.SourceType.AVVIKELSE, d.id(),
                                c.process() + ", " + run.periodLabel() + ": " + d.description(),
                                d.status().label() + (d.action() != null ? " – åtgärd: " + d.action() : ""),
                                carried(CarryOver.SourceType.AVVIKELSE, d.id())));
                    }
                }
            }
        }
        return list;
    }

    public List<CarryOver> recorded(int year) {
        return carryOvers.findByFromYear(year);
    }

    /** Carries the chosen open items into {@code year + 1}; all or nothing. */
    @Transactional
    public List<CarryOver> carryOver(int year, List<String> keys, CurrentUser user) {
        access.requireEditor(user);
        if (keys == null || keys.isEmpty()) {
            throw new InvalidInput("keys", "Välj minst en punkt att föra över till nästa års plan.");
        }
        Map<String, Candidate> offered = new LinkedHashMap<>();
        candidates(year).forEach(c -> offered.put(c.key(), c));
        Map<String, String> errors = new LinkedHashMap<>();
        for (String key : keys) {
            Candidate c = offered.get(key);
            if (c == null) {
                errors.put(key, "Punkten " + key + " är inte öppen och kan inte föras över.");
            } else if (c.carried()) {
                errors.put(key, "\"" + c.text() + "\" är redan överförd till " + (year + 1) + ".");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        int next = year + 1;
        List<CarryOver> done = new ArrayList<>();
        for (String key : keys) {
            Candidate c = offered.get(key);
            Risk target = c.type() == CarryOver.SourceType.RISK ? copyRisk(risks.findById(c.id()).orElseThrow(), year, next)
                    : riskFromDeviation(deviations.findById(c.id()).orElseThrow(), year, next);
            done.add(carryOvers.save(new CarryOver(null, year, c.type(), c.id(), target.id(), user.id(), ControlScheduler.now())));
        }
        return done;
    }

    private Risk copyRisk(Risk r, int year, int next) {
        Risk copy = risks.save(new Risk(null, next, r.process(), r.namndmal(), r.risk(), r.bakgrund(), r.sannolikhet(),
                r.konsekvens(), r.placement(), null));
        for (RiskAction a : openActions(r)) {
            riskActions.save(new RiskAction(null, copy.id(), a.description(), a.owner(), null, null,
                    "Överförd från " + year + " (status då: " + ActionStatus.labelOf(a.status()) + ")."
                            + (a.kommentar() != null ? " " + a.kommentar() : ""), null));
        }
        return copy;
    }

    private Risk riskFromDeviation(ControlDeviation d, int year, int next) {
        ControlRun run = runs.findById(d.runId()).orElseThrow();
        Kontrollmoment c = controls.findById(run.controlId()).orElseThrow();
        int konsekvens = switch (d.severity()) {
            case LAG -> 2;
            case MEDEL -> 3;
            case HOG -> 4;
        };
        int sannolikhet = 3;
        Risk risk = risks.save(new Risk(null, next, c.process(), null, "Avvikelse kvarstår: " + d.description(),
                "Överförd från internkontrollen " + year + " (" + c.kontrollmal() + ", " + run.periodLabel() + "). "
                        + "Sannolikhet och konsekvens är förslag utifrån avvikelsens allvarlighetsgrad och ska bedömas på nytt.",
                sannolikhet, konsekvens, service.proposedPlacement(sannolikhet * konsekvens, next), null));
        if (d.action() != null) {
            riskActions.save(new RiskAction(null, risk.id(), d.action(), d.actionOwner(), null, null,
                    "Överförd från " + year + " (status då: " + d.status().label() + ").", null));
        }
        return risk;
    }

    private List<RiskAction> openActions(Risk r) {
        return riskActions.findByRiskIdOrderById(r.id()).stream().filter(a -> a.status() != ActionStatus.KLART).toList();
    }

    private boolean carried(CarryOver.SourceType type, Long id) {
        return carryOvers.findBySourceTypeAndSourceId(type, id).isPresent();
    }
}
