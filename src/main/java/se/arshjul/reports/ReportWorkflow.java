package se.arshjul.reports;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.cycle.CycleCalendars;
import se.arshjul.cycle.CycleLauncher;
import se.arshjul.cycle.DocumentType;
import se.arshjul.review.SendBackDecision;
import se.arshjul.validation.ActionRefusedException;

/**
 * Starts the report process of a cycle of the annual wheel (bpmn/delarsrapport.bpmn for delår 1 and 2,
 * bpmn/verksamhetsberattelse.bpmn for the VB; both use the same Granskning call and beans), and records
 * the decisions on it.
 */
@Service
public class ReportWorkflow implements CycleLauncher {
    public static final String PROCESS_KEY = "Delarsrapport";
    public static final String VB_PROCESS_KEY = "Verksamhetsberattelse";

    private final ReportFactory factory;
    private final FollowupReportRepository reports;
    private final ReportSectionRepository sections;
    private final CycleCalendars calendars;
    private final RuntimeService runtimeService;

    ReportWorkflow(ReportFactory factory, FollowupReportRepository reports, ReportSectionRepository sections,
                   CycleCalendars calendars, RuntimeService runtimeService) {
        this.factory = factory;
        this.reports = reports;
        this.sections = sections;
        this.calendars = calendars;
        this.runtimeService = runtimeService;
    }

    @Override
    public boolean handles(DocumentType type) {
        return type == DocumentType.DELAR1 || type == DocumentType.DELAR2 || type == DocumentType.VB;
    }

    @Override
    public String processKey(DocumentType type) {
        return processKeyOf(type);
    }

    /** The VB has its own model; delår 1 and 2 share one. */
    public static String processKeyOf(DocumentType type) {
        return type == DocumentType.VB ? VB_PROCESS_KEY : PROCESS_KEY;
    }

    @Override
    public boolean isStarted(int year, DocumentType type) {
        return reports.findByDocTypeAndReportYear(type, year).isPresent();
    }

    @Override
    @Transactional
    public void start(int year, DocumentType type) {
        FollowupReport report = factory.create(calendars.forCycle(year, type));
        Map<String, String> titles = new LinkedHashMap<>();
        sections.findByReportIdOrderBySortOrder(report.id()).forEach(s -> titles.put(s.sectionKey(), s.title()));
        runtimeService.startProcessInstanceByKey(processKey(type), report.caseKey().value(), Map.of(
                "reportId", report.id(),
                "year", year,
                "documentType", type.name(),
                "title", report.title(),
                "sectionsToReview", String.join(",", titles.keySet()),
                SendBackDecision.OPTIONS, SendBackDecision.options(titles)));
    }

    /** The id of the year's decided plan, or an ActionRefusedException saying there is none. */
    public long decidedPlanId(int year) {
        return factory.decidedPlan(year).id();
    }

    @Override
    public Optional<String> documentUrl(int year, DocumentType type) {
        return reports.findByDocTypeAndReportYear(type, year).map(r -> "/uppfoljning/" + r.id());
    }

    /** Förvaltningsledningen approves the compiled report; every section must be approved first. */
    @Transactional
    public void approve(long reportId) {
        FollowupReport report = reports.findById(reportId).orElseThrow();
        requireAllSectionsApproved(reportId);
        reports.save(report.withStatus(ReportStatus.GODKAND_FL));
    }

    /** The board's decision; never while a section is unapproved. */
    @Transactional
    public FollowupReport recordDecision(long reportId, LocalDate date, String paragraph) {
        FollowupReport report = reports.findById(reportId).orElseThrow();
        requireAllSectionsApproved(reportId);
        if (report.status() != ReportStatus.GODKAND_FL) {
            throw new ActionRefusedException("report.decision.notApproved");
        }
        return reports.save(report.decided(date, paragraph));
    }

    private void requireAllSectionsApproved(long reportId) {
        String open = sections.findByReportIdOrderBySortOrder(reportId).stream()
                .filter(s -> s.status() != ReportSectionStatus.GODKAND).map(ReportSection::title).collect(Collectors.joining(", "));
        if (!open.isEmpty()) {
            throw new ActionRefusedException("report.sectionsNotApproved", open);
        }
    }
}
