package se.arshjul.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.arshjul.internalcontrol.InternalControlService;
import se.arshjul.internalcontrol.RiskForm;
import se.arshjul.internalcontrol.SodertaljeControls;
import se.arshjul.planning.PlanWorkflow;
import se.arshjul.security.CurrentUser;

/**
 * A large decided year built through the product's own services: a Verksamhetsplan imported as decided
 * (PlanWorkflow.importDecided, the schema of demo/vp-2024.json with its budget tables) with 30 nämndmål and
 * 150 indicators, and an internkontrollplan with 12 kontrollmoment and 40 risk actions (InternalControlService).
 */
final class LargePlanSeed {
    static final int GOALS = 30;
    static final int INDICATORS_PER_GOAL = 5;
    static final int CONTROLS = 12;
    static final int RISKS = 10;
    static final int ACTIONS_PER_RISK = 4;
    static final List<String> UNITS = List.of("barn-unga", "vuxen", "socialpsykiatri", "stab");
    static final CurrentUser ADMIN = new CurrentUser("admin", List.of("admin"));

    private LargePlanSeed() {}

    static void decidedPlan(PlanWorkflow plans, ObjectMapper json, int year) throws Exception {
        ObjectNode plan;
        try (InputStream in = new ClassPathResource("demo/vp-2024.json").getInputStream()) {
            plan = (ObjectNode) json.readTree(in);
        }
        plan.put("year", year);
        plan.put("title", "Verksamhetsplan " + year);
        ArrayNode areas = plan.putArray("malomraden");
        int goal = 0;
        for (int a = 1; a <= 3; a++) {
            ObjectNode area = areas.addObject();
            area.put("name", "Målområde " + a + ": en trygg kommun där människor trivs och växer");
            ArrayNode kfs = area.putArray("kfMal");
            for (int k = 1; k <= 2; k++) {
                ObjectNode kf = kfs.addObject();
                kf.put("name", "KF-mål " + a + "." + k + ": invånarna får stöd i rätt tid");
                ArrayNode goals = kf.putArray("namndmal");
                for (int g = 0; g < GOALS / 6; g++) {
                    goal++;
                    goals.add(goal(json, goal, year));
                }
            }
        }
        plans.importDecided(new ByteArrayInputStream(json.writeValueAsBytes(plan)), year);
    }

    private static ObjectNode goal(ObjectMapper json, int n, int year) {
        ObjectNode goal = json.createObjectNode();
        goal.put("title", "Nämndmål " + n + ": fler barn, unga och vuxna får tidiga och samordnade insatser");
        goal.put("unit", UNITS.get(n % UNITS.size()));
        ObjectNode uppdrag = goal.putArray("uppdrag").addObject();
        uppdrag.put("text", "Förvaltningen får i uppdrag att följa upp de samordnade insatserna inom mål " + n);
        uppdrag.put("status", "EJ_KLART_I_AR");
        ArrayNode indicators = goal.putArray("indicators");
        for (int i = 1; i <= INDICATORS_PER_GOAL; i++) {
            ObjectNode indicator = indicators.addObject();
            indicator.put("name", "Indikator " + n + "." + i + ": andel brukare som är nöjda med insatsen");
            indicator.put("unit", "procent");
            indicator.put("direction", i % 2 == 0 ? "LOWER" : "HIGHER");
            indicator.put("source", "Egen mätning");
            indicator.putArray("footnotes");
            ArrayNode values = indicator.putArray("values");
            for (int y = year - 3; y < year; y++) {
                values.addObject().put("year", y).put("value", 40 + (n * 7 + i * 3 + y) % 50);
            }
            indicator.putObject("etappmal").put("value", 60 + i);
            indicator.putObject("malvarde2030").put("value", 80 + i);
        }
        return goal;
    }

    /** 12 kontrollmoment (Södertälje's bilaga 1) and 10 risks with 4 actions each, not yet fastställd. */
    static void internalControl(InternalControlService service, int year) {
        SodertaljeControls.BILAGA_1.stream().limit(CONTROLS).forEach(row -> service.saveControl(year, null, row.form(), ADMIN));
        for (int r = 1; r <= RISKS; r++) {
            RiskForm form = new RiskForm();
            form.setProcess("Process " + r);
            form.setRisk("Risk " + r + ": beslut fattas utan fullständig utredning");
            form.setSannolikhet(String.valueOf(1 + r % 4));
            form.setKonsekvens(String.valueOf(1 + (r + 1) % 4));
            long riskId = service.saveRisk(year, null, form, ADMIN).id();
            for (int a = 1; a <= ACTIONS_PER_RISK; a++) {
                service.saveRiskAction(year, riskId, null, "Åtgärd " + r + "." + a + ": utbilda handläggarna", "Enhetschef",
                        year + "-06-30", "BLIR_KLART_I_AR", null, ADMIN);
            }
        }
    }
}
