package se.arshjul.internalcontrol;

import se.arshjul.status.ActionStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.security.CurrentUser;
import se.arshjul.time.SwedishTime;
import se.arshjul.validation.FieldErrors;
import se.arshjul.web.PageMessages;

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

    private final RiskRegister register;
    private final InternalControlAccess access;
    private final RiskRepository risks;
    private final RiskActionRepository riskActions;
    private final KontrollmomentRepository controls;
    private final KontrolltillfalleRepository runs;
    private final AvvikelseRepository avvikelser;
    private final CarryOverRepository carryOvers;
    private final SwedishTime times;
    private final PageMessages messages;

    public YearEndCarryOver(RiskRegister register, InternalControlAccess access, RiskRepository risks,
                            RiskActionRepository riskActions, KontrollmomentRepository controls, KontrolltillfalleRepository runs,
                            AvvikelseRepository avvikelser, CarryOverRepository carryOvers, SwedishTime times, PageMessages messages) {
        this.register = register;
        this.access = access;
        this.risks = risks;
        this.riskActions = riskActions;
        this.controls = controls;
        this.runs = runs;
        this.avvikelser = avvikelser;
        this.carryOvers = carryOvers;
        this.times = times;
        this.messages = messages;
    }

    private String text(String code, Object... args) {
        return messages.message(code, args);
    }

    private String status(Avvikelse.Status status) {
        return text("ic.avvikelse.status." + status.name());
    }

    public List<Candidate> candidates(int year) {
        List<Candidate> list = new ArrayList<>();
        for (Risk r : risks.findByPlanYearOrderById(year)) {
            List<RiskAction> open = openActions(r);
            if (!open.isEmpty()) {
                list.add(new Candidate("RISK-" + r.id(), CarryOver.SourceType.RISK, r.id(), r.risk(),
                        text("ic.carryOver.openActions", open.size(), String.join("; ", open.stream()
                                .map(a -> text("ic.carryOver.actionWithStatus", a.description(), text(ActionStatus.keyOf(a.status())))).toList())),
                        carried(CarryOver.SourceType.RISK, r.id())));
            }
        }
        for (Kontrollmoment c : controls.findByPlanYearOrderById(year)) {
            for (Kontrolltillfalle run : runs.findByControlIdOrderByPeriodStart(c.id())) {
                for (Avvikelse d : avvikelser.findByRunId(run.id())) {
                    if (d.open()) {
                        list.add(new Candidate("AVVIKELSE-" + d.id(), CarryOver.SourceType.AVVIKELSE, d.id(),
                                c.process() + ", " + run.periodLabel() + ": " + d.description(),
                                d.action() == null ? status(d.status()) : text("ic.carryOver.statusWithAction", status(d.status()), d.action()),
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
            throw FieldErrors.single("items", "ic.carryOver.chooseOne");
        }
        Map<String, Candidate> offered = new LinkedHashMap<>();
        candidates(year).forEach(c -> offered.put(c.key(), c));
        FieldErrors errors = new FieldErrors();
        for (String key : keys) {
            Candidate c = offered.get(key);
            if (c == null) {
                errors.reject(key, "ic.carryOver.notOpen", key);
            } else if (c.carried()) {
                errors.reject(key, "ic.carryOver.alreadyCarried", c.text(), String.valueOf(year + 1));
            }
        }
        errors.throwIfAny();
        int next = year + 1;
        List<CarryOver> done = new ArrayList<>();
        for (String key : keys) {
            Candidate c = offered.get(key);
            Risk target = c.type() == CarryOver.SourceType.RISK ? copyRisk(risks.findById(c.id()).orElseThrow(), year, next)
                    : riskFromDeviation(avvikelser.findById(c.id()).orElseThrow(), year, next);
            done.add(carryOvers.save(new CarryOver(null, year, c.type(), c.id(), target.id(), user.id(), times.now())));
        }
        return done;
    }

    private Risk copyRisk(Risk r, int year, int next) {
        Risk copy = risks.save(new Risk(null, next, r.process(), r.namndmal(), r.risk(), r.bakgrund(), r.sannolikhet(),
                r.konsekvens(), r.placement(), null));
        for (RiskAction a : openActions(r)) {
            riskActions.save(new RiskAction(null, copy.id(), a.description(), a.owner(), null, null,
                    text("ic.carryOver.carriedFrom", String.valueOf(year), text(ActionStatus.keyOf(a.status())))
                            + (a.kommentar() != null ? " " + a.kommentar() : ""), null));
        }
        return copy;
    }

    private Risk riskFromDeviation(Avvikelse d, int year, int next) {
        Kontrolltillfalle run = runs.findById(d.runId()).orElseThrow();
        Kontrollmoment c = controls.findById(run.controlId()).orElseThrow();
        int konsekvens = switch (d.severity()) {
            case LAG -> 2;
            case MEDEL -> 3;
            case HOG -> 4;
        };
        int sannolikhet = 3;
        Risk risk = risks.save(new Risk(null, next, c.process(), null, text("ic.carryOver.avvikelseRisk", d.description()),
                text("ic.carryOver.avvikelseBakgrund", String.valueOf(year), c.kontrollmal(), run.periodLabel()),
                sannolikhet, konsekvens, register.proposedPlacement(sannolikhet * konsekvens, next), null));
        if (d.action() != null) {
            riskActions.save(new RiskAction(null, risk.id(), d.action(), d.actionOwner(), null, null,
                    text("ic.carryOver.carriedFrom", String.valueOf(year), status(d.status())), null));
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
