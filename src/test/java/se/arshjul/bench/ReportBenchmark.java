package se.arshjul.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.arshjul.cycle.DocumentType;
import se.arshjul.reports.FollowupDocumentRenderer;
import se.arshjul.reports.FollowupEditor;
import se.arshjul.reports.FollowupReader;
import se.arshjul.reports.FollowupReport;
import se.arshjul.reports.ReportSection;
import se.arshjul.reports.ReportWorkflow;
import se.arshjul.reports.ReportSectionKind;
import se.arshjul.internalcontrol.InternalControlService;
import se.arshjul.planning.PlanWorkflow;

/**
 * Follow-up at municipal scale (run with {@code ./mvnw -Pbench verify}): starting a delår for a decided
 * plan with 30 nämndmål, 150 indicators, 40 risk actions and 12 controls, and rendering a verksamhetsberättelse
 * of at least 40 pages as PDF. Data built through the product's services. Prints figures; asserts nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportBenchmark {
    /** Years of their own, far from the demo and test years. */
    static final int DELAR_YEAR = 2061;
    static final int VB_YEAR = 2062;
    static final int WARM_RENDERS = 5;
    /** CPU time of the calling thread: the work itself, whatever else the shared machine runs. */
    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Autowired PlanWorkflow planWorkflow;
    @Autowired InternalControlService internalControl;
    @Autowired ReportWorkflow reportWorkflow;
    @Autowired FollowupReader reader;
    @Autowired FollowupEditor editor;
    @Autowired FollowupDocumentRenderer renderer;
    @Autowired TaskService taskService;
    @Autowired ObjectMapper json;

    @Test
    void startingADelar() throws Exception {
        if (reader.find(DocumentType.DELAR1, DELAR_YEAR).isPresent()) return;
        LargePlanSeed.decidedPlan(planWorkflow, json, DELAR_YEAR);
        LargePlanSeed.internalControl(internalControl, DELAR_YEAR);
        internalControl.decide(DELAR_YEAR, "Beslutad för benchmark.", LargePlanSeed.ADMIN);

        System.out.println();
        System.out.println("=== Delår start: " + LargePlanSeed.GOALS + " nämndmål, " + LargePlanSeed.GOALS * LargePlanSeed.INDICATORS_PER_GOAL
                + " indicators, " + LargePlanSeed.RISKS * LargePlanSeed.ACTIONS_PER_RISK + " risk actions, " + LargePlanSeed.CONTROLS
                + " controls (target ≤ 5 s) ===");
        // Delår 1 is the first start in this JVM for the process; delår 2 of the same plan runs warm.
        for (DocumentType type : List.of(DocumentType.DELAR1, DocumentType.DELAR2)) {
            long cpu0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            reportWorkflow.start(DELAR_YEAR, type);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9;
            FollowupReport report = reader.find(type, DELAR_YEAR).orElseThrow();
            long tasks = taskService.createTaskQuery().processInstanceBusinessKey(report.caseKey().value()).count();
            System.out.printf("%-8s started in %.2f s (CPU %.2f s): %d sections, %d open tasks%n", type.name(), seconds, cpu,
                    reader.sections(report.id()).size(), tasks);
        }
        System.out.printf("load average (1 min): %.2f on %d cores%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println();
    }

    @Test
    void verksamhetsberattelsePdf() throws Exception {
        FollowupReport report = reader.find(DocumentType.VB, VB_YEAR).orElse(null);
        if (report == null) {
            LargePlanSeed.decidedPlan(planWorkflow, json, VB_YEAR);
            LargePlanSeed.internalControl(internalControl, VB_YEAR);
            reportWorkflow.start(VB_YEAR, DocumentType.VB);
            report = reader.find(DocumentType.VB, VB_YEAR).orElseThrow();
            fill(report);
        }
        long cpu0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        byte[] pdf = renderer.pdf(report.id());
        double cold = (System.nanoTime() - t0) / 1e9;
        double coldCpu = (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9;
        List<Double> warm = new ArrayList<>();
        List<Double> warmCpu = new ArrayList<>();
        for (int i = 0; i < WARM_RENDERS; i++) {
            cpu0 = CPU.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            renderer.pdf(report.id());
            warm.add((System.nanoTime() - t0) / 1e9);
            warmCpu.add((CPU.getCurrentThreadCpuTime() - cpu0) / 1e9);
        }
        warm.sort(null);
        warmCpu.sort(null);
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        System.out.println();
        System.out.println("=== Verksamhetsberättelse PDF (target ≤ 3 s) ===");
        System.out.printf("%d pages, %d kB; first render %.2f s (CPU %.2f s); warm median %.2f s (CPU %.2f s; min %.2f, max %.2f, %d renders)%n",
                pages, pdf.length / 1024, cold, coldCpu, warm.get(warm.size() / 2), warmCpu.get(warmCpu.size() / 2), warm.get(0),
                warm.get(warm.size() - 1), WARM_RENDERS);
        System.out.printf("load average (1 min): %.2f on %d cores%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println();
    }

    /** Each goal section gets outcomes and a few pages' worth of analysis, as the units would write it. */
    private void fill(FollowupReport report) {
        for (ReportSection section : reader.sections(report.id())) {
            if (section.kind() != ReportSectionKind.GOAL) continue;
            Map<String, String> params = new HashMap<>();
            params.put("version", String.valueOf(section.version()));
            for (int i = 0; i < section.indicators().size(); i++) {
                params.put("outcome." + i, String.valueOf(55 + (section.sortOrder() * 3 + i * 5) % 40));
            }
            params.put("analys", text(section.sortOrder(), 3));
            params.put("genomfort", text(section.sortOrder() + 1, 2));
            params.put("uppdragStatus", "– Uppföljningen av de samordnade insatserna: pågår och redovisas i nästa rapport.");
            params.put("motivering", text(section.sortOrder() + 2, 1));
            editor.save(report.id(), section.sectionKey(), params, LargePlanSeed.ADMIN);
        }
    }

    private static final String[] SENTENCES = {
            "Under året har enheten arbetat med att korta handläggningstiderna och förbättra kvaliteten i utredningarna.",
            "Samverkan med skolan, hälso- och sjukvården och polisen har utvecklats genom gemensamma arbetsgrupper.",
            "Andelen brukare som är nöjda med insatsen har ökat jämfört med föregående år, men skillnaderna mellan grupperna är stora.",
            "Personalomsättningen har minskat efter satsningar på introduktion, handledning och kompetensutveckling.",
            "Förvaltningen bedömer att målet delvis har uppnåtts och att arbetet behöver fortsätta under nästa år.",
            "Uppföljningen visar att förebyggande insatser i ett tidigt skede minskar behovet av mer ingripande åtgärder.",
            "Digitala verktyg har införts för att underlätta kontakten med brukare och anhöriga."};

    private static String text(int seed, int paragraphs) {
        StringBuilder s = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) s.append("\n\n");
            for (int i = 0; i < 6; i++) {
                s.append(SENTENCES[(seed + p * 3 + i) % SENTENCES.length]).append(' ');
            }
        }
        return s.toString().strip();
    }
}
