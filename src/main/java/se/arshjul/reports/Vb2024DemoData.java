package se.arshjul.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.arshjul.cycle.DocumentType;
import se.arshjul.status.ActionStatus;
import se.arshjul.internalcontrol.InternalControlService;
import se.arshjul.internalcontrol.Risk;
import se.arshjul.internalcontrol.RiskForm;
import se.arshjul.planning.PlanReader;
import se.arshjul.planning.PlanStatus;
import se.arshjul.planning.PlanWorkflow;
import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;

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
class Vb2024DemoData {
    static final int YEAR = 2024;
    static final String PLAN_RESOURCE = "demo/vp-2024.json";
    static final String VB_RESOURCE = "demo/vb-2024.json";
    /** Delår 2: these sections are approved, this one is submitted; the others stay open and overdue. */
    static final List<String> DELAR2_APPROVED = List.of("namndmal-6", "namndmal-7");
    static final String DELAR2_SUBMITTED = "namndmal-1";
    static final int DELAR2_OVERDUE_DAYS = 5;
    private static final Logger log = LoggerFactory.getLogger(Vb2024DemoData.class);
    /** Demo users (security/IdentitySeeder) who write and who review each unit's sections. */
    private static final Map<String, String[]> AUTHOR_AND_REVIEWER = Map.of(
            "barn-unga", new String[] {"anna", "cecilia"},
            "vuxen", new String[] {"bo", "kalle"},
            "socialpsykiatri", new String[] {"hanna", "kalle"},
            "stab", new String[] {"ivar", "lena"},
            "ekonomi", new String[] {"fia", "lena"},
            "hr", new String[] {"gustav", "lena"});

    private final boolean enabled;
    private final ObjectMapper json;
    private final PlanWorkflow planWorkflow;
    private final PlanReader planReader;
    private final ReportWorkflow reportWorkflow;
    private final FollowupReader reader;
    private final ReportSectionRepository sections;
    private final ImprovementAreasRepository improvements;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final InternalControlService internalControl;

    Vb2024DemoData(@Value("${arshjul.demo.data:false}") boolean enabled, ObjectMapper json, PlanWorkflow planWorkflow,
                   PlanReader planReader, ReportWorkflow reportWorkflow, FollowupReader reader, ReportSectionRepository sections,
                   ImprovementAreasRepository improvements, TaskService taskService, IdentityService identityService,
                   InternalControlService internalControl) {
        this.enabled = enabled;
        this.json = json;
        this.planWorkflow = planWorkflow;
        this.planReader = planReader;
        this.reportWorkflow = reportWorkflow;
        this.reader = reader;
        this.sections = sections;
        this.improvements = improvements;
        this.taskService = taskService;
        this.identityService = identityService;
        this.internalControl = internalControl;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    public void load() throws IOException {
        if (enabled) {
            loadOnce();
        }
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
        if (reader.find(DocumentType.VB, year).isPresent()) {
            return false;
        }
        boolean decided = planReader.all().stream()
                .anyMatch(p -> p.docType() == DocumentType.VP && p.planYear() == year && p.status() == PlanStatus.BESLUTAD);
        if (!decided) {
            boolean revisionOne = planReader.all().stream()
                    .anyMatch(p -> p.docType() == DocumentType.VP && p.planYear() == year && p.revision() == 1);
            if (revisionOne) {
                log.info("Demodata för VB {} hoppas över: verksamhetsplanen {} finns men är inte beslutad", year, year);
                return false;
            }
            planWorkflow.importDecided(new ByteArrayInputStream(json.writeValueAsBytes(planFor(year))), year);
        }
        JsonNode vb;
        try (InputStream in = new ClassPathResource(VB_RESOURCE).getInputStream()) {
            vb = json.readTree(in);
        }
        riskActions(year);
        reportWorkflow.start(year, DocumentType.VB);
        FollowupReport report = reader.find(DocumentType.VB, year).orElseThrow();
        fillGoalSections(report, vb);
        fillEconomy(report, vb.path("ekonomi"));
        fillStatusSections(report, vb, "vb");
        improvements.save(ImprovementAreas.empty(report.id()).withBody(text(vb, "forbattringsomraden"), null));
        for (ReportSection s : reader.sections(report.id())) {
            approve(report, s.sectionKey(), "Avsnittet är klart enligt verksamhetsberättelsen.");
        }

        if (reader.find(DocumentType.DELAR2, year).isEmpty()) {
            reportWorkflow.start(year, DocumentType.DELAR2);
            FollowupReport delar2 = reader.find(DocumentType.DELAR2, year).orElseThrow();
            fillStatusSections(delar2, vb, "delar2");
            DELAR2_APPROVED.forEach(key -> approve(delar2, key, "Klart."));
            submit(delar2, DELAR2_SUBMITTED, "Klart för granskning.");
            Date overdue = Date.from(LocalDate.now().minusDays(DELAR2_OVERDUE_DAYS).atStartOfDay(ZoneId.of("Europe/Stockholm")).toInstant());
            taskService.createTaskQuery().processInstanceBusinessKey(delar2.caseKey().value()).taskDefinitionKey("Task_WriteSection")
                    .list().forEach(t -> taskService.setDueDate(t.getId(), overdue));
        }
        log.info("Demodata: Verksamhetsplan {} (beslutad), verksamhetsberättelse {} klar för förvaltningsledningen, delår 2 {} pågår",
                year, year, year);
        return true;
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
        for (JsonNode area : each(plan.path("malomraden"))) {
            for (JsonNode kf : each(area.path("kfMal"))) {
                for (JsonNode goal : each(kf.path("namndmal"))) {
                    for (JsonNode indicator : each(goal.path("indicators"))) {
                        for (JsonNode value : each(indicator.path("values"))) {
                            ((ObjectNode) value).put("year", value.path("year").asInt() + shift);
                        }
                    }
                }
            }
        }
        return plan;
    }

    /** Each goal section gets the seed's utfall, grade and texts, matched by the nämndmål's title. */
    private void fillGoalSections(FollowupReport report, JsonNode vb) {
        for (ReportSection section : reader.sections(report.id())) {
            if (section.kind() != SectionKind.GOAL) continue;
            JsonNode goal = each(vb.path("namndmal")).stream().filter(g -> section.title().equals(g.path("title").asText()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("vb-2024.json saknar nämndmålet " + section.title()));
            List<ReportIndicator> indicators = new ArrayList<>();
            for (ReportIndicator i : section.indicators()) {
                JsonNode utfall = each(goal.path("utfall")).stream().filter(u -> i.name().equals(u.path("indicator").asText()))
                        .findFirst().orElseThrow(() -> new IllegalStateException("vb-2024.json saknar utfall för " + i.name()));
                indicators.add(i.withOutcome(utfall.path("value").isNull() ? null : utfall.path("value").decimalValue()));
            }
            String analys = joined(text(goal, "analys"), text(goal, "indikatorkommentar"));
            sections.save(section.withGoalFollowUp(indicators, analys, text(goal, "genomfortArbete"), uppdrag(section, goal),
                    text(goal, "maluppfyllelse"), text(goal, "motivering"), section.version()));
        }
    }

    /** Utfall helår and the year before per row of the resultaträkning and the driftredovisning, matched by name. */
    private void fillEconomy(FollowupReport report, JsonNode economy) {
        ReportSection section = reader.section(report.id(), "ekonomi");
        List<EconomyLine> lines = section.economy().stream().map(l -> {
            if (l.isSum()) return l;
            JsonNode row = each(economy.path("rader")).stream().filter(r -> l.name().equals(r.path("name").asText()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("vb-2024.json saknar ekonomiraden " + l.name()));
            return l.withFigures(null, l.budget(), row.path("utfall").decimalValue(), row.path("foregaendeAr").decimalValue());
        }).toList();
        sections.save(section.withEconomy(lines, text(economy, "text"), section.version()));
    }

    /** The section's uppdrag (copied from the plan) with the seed's status and kommentar, matched by the uppdrag's text. */
    private static List<ReportUppdrag> uppdrag(ReportSection section, JsonNode goal) {
        return section.uppdrag().stream().map(u -> {
            JsonNode seed = each(goal.path("uppdrag")).stream().filter(n -> u.body().equals(text(n, "text"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("vb-2024.json saknar uppdraget " + u.body()));
            return u.followedUp(ActionStatus.valueOf(text(seed, "status")), text(seed, "kommentar"));
        }).toList();
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
        for (JsonNode r : each(plan.path("internkontroll").path("riskatgarder"))) {
            RiskForm form = new RiskForm();
            form.setProcess(text(r, "process"));
            form.setNamndmal(text(r, "namndmal"));
            form.setRisk(text(r, "risk"));
            form.setSannolikhet("3");
            form.setKonsekvens("3");
            form.setPlacement(Risk.Placement.NAMNDENS_PLAN.name());
            Risk risk = internalControl.saveRisk(year, null, form, admin);
            internalControl.saveRiskAction(year, risk.id(), null, text(r, "atgard"), text(r, "ansvarig"), null, null, null, admin);
        }
    }

    /** Each status line gets the status and kommentar the demo gives for this report ("delar2" or "vb"), by its title. */
    private void fillStatusSections(FollowupReport report, JsonNode vb, String column) {
        for (ReportSection section : reader.sections(report.id())) {
            if (section.kind() != SectionKind.STATUS) continue;
            List<StatusRow> rows = new ArrayList<>();
            for (StatusRow row : section.statuses()) {
                JsonNode given = each(vb.path("statusar")).stream().filter(st -> row.title().equals(text(st, "title")))
                        .findFirst().map(st -> st.path(column)).orElse(null);
                rows.add(given == null || given.isMissingNode() ? row
                        : row.with(ActionStatus.valueOf(text(given, "status")), text(given, "kommentar")));
            }
            sections.save(section.withStatuses(rows, section.version()));
        }
    }

    /** The author submits the section and the unit's manager approves it, through the review process. */
    private void approve(FollowupReport report, String key, String note) {
        submit(report, key, note);
        String unit = reader.section(report.id(), key).unitGroup();
        complete(task(report, "Task_ReviewSection", key), users(unit)[1], Groups.managersOf(unit),
                Map.of("decision", "godkann", "reviewComment", ""));
    }

    private void submit(FollowupReport report, String key, String note) {
        String unit = reader.section(report.id(), key).unitGroup();
        complete(task(report, "Task_WriteSection", key), users(unit)[0], unit, Map.of("submissionNote", note));
    }

    private static String[] users(String unit) {
        return Objects.requireNonNull(AUTHOR_AND_REVIEWER.get(unit), "Ingen demoanvändare för " + unit);
    }

    private Task task(FollowupReport report, String definitionKey, String sectionKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(report.caseKey().value())
                .taskDefinitionKey(definitionKey).processVariableValueEquals("sectionId", sectionKey).singleResult();
    }

    private void complete(Task task, String user, String group, Map<String, Object> variables) {
        identityService.setAuthentication(user, List.of(group));
        try {
            taskService.claim(task.getId(), user);
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static String joined(String a, String b) {
        if (b == null) return a;
        return a == null ? b : a + "\n\n" + b;
    }

    private static List<JsonNode> each(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
