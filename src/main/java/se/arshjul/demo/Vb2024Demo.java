package se.arshjul.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.arshjul.cycle.DocumentType;
import se.arshjul.internalcontrol.InternalControlService;
import se.arshjul.internalcontrol.Risk;
import se.arshjul.internalcontrol.RiskForm;
import se.arshjul.planning.PlanReader;
import se.arshjul.planning.PlanStatus;
import se.arshjul.planning.PlanWorkflow;
import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.time.SwedishTime;
import se.arshjul.reports.FollowupReader;
import se.arshjul.reports.FollowupReport;
import se.arshjul.reports.ImprovementAreas;
import se.arshjul.reports.ImprovementAreasRepository;
import se.arshjul.reports.ReportSection;
import se.arshjul.reports.ReportWorkflow;

/**
 * Demo data from seed 001 (Huddinge, Verksamhetsberättelse 2024): the decided Verksamhetsplan 2024
 * (demo/vp-2024.json: goals and indicators with 2022–2023 values, etappmål 2024, målvärde 2030), the VB 2024
 * started from it with every goal section filled from demo/vb-2024.json (2024 utfall, the seed's
 * måluppfyllelse, motivering, analys, genomfört arbete, uppdragens status and kommentar, the förbättringsområden,
 * utfall helår of the economy, the year-end status of the activities and of seed 001's riskåtgärd) and approved,
 * so it waits for förvaltningsledningen, and a delår 2 2024 in progress (its activity and risk statuses entered
 * as at 31 augusti): two sections approved, one waiting for review, the
 * rest overdue. Once, after the plan demo (@Order 10) and the annual wheel demo (@Order 20).
 */
@Component
@Profile({"demo", "test"})
public class Vb2024Demo {
    public static final int YEAR = 2024;
    public static final String PLAN_RESOURCE = "demo/vp-2024.json";
    public static final String VB_RESOURCE = "demo/vb-2024.json";
    /** Delår 2: these sections are approved, this one is submitted; the others stay open and overdue. */
    public static final List<String> DELAR2_APPROVED = List.of("namndmal-6", "namndmal-7");
    static final String DELAR2_SUBMITTED = "namndmal-1";
    static final int DELAR2_OVERDUE_DAYS = 5;
    private static final Logger log = LoggerFactory.getLogger(Vb2024Demo.class);

    private final ObjectMapper json;
    private final PlanWorkflow planWorkflow;
    private final PlanReader planReader;
    private final ReportWorkflow reportWorkflow;
    private final FollowupReader reader;
    private final ImprovementAreasRepository improvements;
    private final TaskService taskService;
    private final InternalControlService internalControl;
    private final Vb2024DemoSections filler;
    private final Vb2024DemoReview review;
    private final SwedishTime times;

    Vb2024Demo(ObjectMapper json, PlanWorkflow planWorkflow,
                   PlanReader planReader, ReportWorkflow reportWorkflow, FollowupReader reader,
                   ImprovementAreasRepository improvements, TaskService taskService, InternalControlService internalControl,
                   Vb2024DemoSections filler, Vb2024DemoReview review, SwedishTime times) {
        this.json = json;
        this.planWorkflow = planWorkflow;
        this.planReader = planReader;
        this.reportWorkflow = reportWorkflow;
        this.reader = reader;
        this.improvements = improvements;
        this.taskService = taskService;
        this.internalControl = internalControl;
        this.filler = filler;
        this.review = review;
        this.times = times;
    }

    /** Creates the demo unless the VB 2024 exists; returns whether it did. */
    @Transactional
    public boolean loadOnce() throws IOException {
        return loadOnce(YEAR);
    }

    /**
     * The same for another year (tests use a year of their own): the seed's years are shifted so that its
     * 2024 becomes {@code year}. Skipped when the year's VB exists, or its plan exists but is not decided.
     */
    @Transactional
    public boolean loadOnce(int year) throws IOException {
        if (reader.find(DocumentType.VB, year).isPresent() || !decidedPlan(year)) {
            return false;
        }
        JsonNode vb;
        try (InputStream in = new ClassPathResource(VB_RESOURCE).getInputStream()) {
            vb = json.readTree(in);
        }
        riskActions(year);
        verksamhetsberattelse(year, vb);
        if (reader.find(DocumentType.DELAR2, year).isEmpty()) {
            delar2(year, vb);
        }
        log.info("Demo data: plan {} (decided), VB {} ready for management approval, interim report 2 {} in progress",
                year, year, year);
        return true;
    }

    /** The year's decided plan, imported from the seed unless it exists; false when it exists but is not decided. */
    private boolean decidedPlan(int year) throws IOException {
        boolean decided = planReader.all().stream()
                .anyMatch(p -> p.docType() == DocumentType.VP && p.planYear() == year && p.status() == PlanStatus.BESLUTAD);
        if (decided) return true;
        boolean revisionOne = planReader.all().stream()
                .anyMatch(p -> p.docType() == DocumentType.VP && p.planYear() == year && p.revision() == 1);
        if (revisionOne) {
            log.info("Demo data for the VB {} skipped: the plan {} exists but is not decided", year, year);
            return false;
        }
        planWorkflow.importDecided(new ByteArrayInputStream(json.writeValueAsBytes(planFor(year))), year);
        return true;
    }

    /** The VB with every section filled from the seed and approved, waiting for förvaltningsledningen. */
    private void verksamhetsberattelse(int year, JsonNode vb) {
        reportWorkflow.start(year, DocumentType.VB);
        FollowupReport report = reader.find(DocumentType.VB, year).orElseThrow();
        filler.fillGoalSections(report, vb);
        filler.fillEconomy(report, vb.path("ekonomi"));
        filler.fillStatusSections(report, vb, "vb");
        improvements.save(ImprovementAreas.empty(report.id()).withBody(Vb2024DemoSections.text(vb, "forbattringsomraden"), null));
        for (ReportSection s : reader.sections(report.id())) {
            review.approve(report, s.sectionKey(), Vb2024DemoSections.text(vb.path("inlamningsnoteringar"), "vb"));
        }
    }

    /** Delår 2 in progress: statuses as at 31 augusti, two sections approved, one submitted, the others overdue. */
    private void delar2(int year, JsonNode vb) {
        reportWorkflow.start(year, DocumentType.DELAR2);
        FollowupReport delar2 = reader.find(DocumentType.DELAR2, year).orElseThrow();
        filler.fillStatusSections(delar2, vb, "delar2");
        DELAR2_APPROVED.forEach(key -> review.approve(delar2, key, "Klart."));
        review.submit(delar2, DELAR2_SUBMITTED, Vb2024DemoSections.text(vb.path("inlamningsnoteringar"), "delar2"));
        Date overdue = times.toDate(times.today().minusDays(DELAR2_OVERDUE_DAYS));
        taskService.createTaskQuery().processInstanceBusinessKey(delar2.caseKey().value()).taskDefinitionKey("Task_WriteSection")
                .list().forEach(t -> taskService.setDueDate(t.getId(), overdue));
    }

    /** demo/vp-2024.json with its years moved so that 2024 becomes {@code year}. */
    private JsonNode planFor(int year) throws IOException {
        ObjectNode plan;
        try (InputStream in = new ClassPathResource(PLAN_RESOURCE).getInputStream()) {
            plan = (ObjectNode) json.readTree(in);
        }
        int shift = year - plan.path("year").asInt();
        if (shift == 0) return plan;
        plan.put("year", year);
        plan.put("title", plan.path("title").asText().replace(String.valueOf(year - shift), String.valueOf(year)));
        for (JsonNode area : Vb2024DemoSections.each(plan.path("malomraden"))) {
            for (JsonNode kf : Vb2024DemoSections.each(area.path("kfMal"))) {
                for (JsonNode goal : Vb2024DemoSections.each(kf.path("namndmal"))) {
                    for (JsonNode indicator : Vb2024DemoSections.each(goal.path("indicators"))) {
                        for (JsonNode value : Vb2024DemoSections.each(indicator.path("values"))) {
                            ((ObjectNode) value).put("year", value.path("year").asInt() + shift);
                        }
                    }
                }
            }
        }
        return plan;
    }

    /**
     * The board's riskåtgärder of the year from demo/vp-2024.json (seed 001), in the internkontroll register, unless the
     * year has risks already; the reports take them from there.
     */
    private void riskActions(int year) throws IOException {
        if (!internalControl.risks(year).isEmpty()) return;
        JsonNode plan;
        try (InputStream in = new ClassPathResource(PLAN_RESOURCE).getInputStream()) {
            plan = json.readTree(in);
        }
        CurrentUser admin = new CurrentUser("admin", List.of(Groups.ADMIN));
        for (JsonNode r : Vb2024DemoSections.each(plan.path("internkontroll").path("riskatgarder"))) {
            RiskForm form = new RiskForm();
            form.setProcess(Vb2024DemoSections.text(r, "process"));
            form.setNamndmal(Vb2024DemoSections.text(r, "namndmal"));
            form.setRisk(Vb2024DemoSections.text(r, "risk"));
            form.setSannolikhet("3");
            form.setKonsekvens("3");
            form.setPlacement(Risk.Placement.NAMNDENS_PLAN.name());
            Risk risk = internalControl.saveRisk(year, null, form, admin);
            internalControl.saveRiskAction(year, risk.id(), null, Vb2024DemoSections.text(r, "atgard"), Vb2024DemoSections.text(r, "ansvarig"), null, null, null, admin);
        }
    }

}
