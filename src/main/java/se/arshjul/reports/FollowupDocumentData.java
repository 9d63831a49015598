package se.arshjul.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.cycle.DocumentType;
import se.arshjul.internalcontrol.InternalControlReporting;
import se.arshjul.planning.Indicator;
import se.arshjul.planning.IndicatorValue;
import se.arshjul.planning.PlanContent;
import se.arshjul.planning.PlanReader;
import se.arshjul.suppliers.SupplierReport;
import se.arshjul.web.PageMessages;

/**
 * Everything the report page and the report document show: the sections, the Målbedömning rows with their
 * målområde and KF-mål from the plan, each indicator's values over three years, and the internkontroll and
 * supplier sections read from their own capabilities (as of today).
 */
@Service
@Transactional(readOnly = true)
public class FollowupDocumentData {
    private final FollowupReader reader;
    private final FollowupAssessments assessments;
    private final PlanReader planReader;
    private final InternalControlReporting internalControl;
    private final SupplierReport suppliers;
    private final PageMessages texts;

    FollowupDocumentData(FollowupReader reader, FollowupAssessments assessments, PlanReader planReader,
                         InternalControlReporting internalControl, SupplierReport suppliers, PageMessages texts) {
        this.texts = texts;
        this.reader = reader;
        this.assessments = assessments;
        this.planReader = planReader;
        this.internalControl = internalControl;
        this.suppliers = suppliers;
    }

    /** A year's value of an indicator; value null when there is none. */
    public record YearValue(int year, BigDecimal value) {}

    /** An indicator of a goal section with its values for the report year and the two years before. */
    public record IndicatorRow(ReportIndicator indicator, List<YearValue> years, IndicatorAssessment assessment, String chartSvg) {}

    /**
     * A row of the Målbedömning and the goal's section in the document; {@code suggested} and {@code chosen} are
     * grade codes (labels under {@code report.grade.<code>}), null when there is none.
     */
    public record GoalRow(ReportSection section, String malomrade, String kfMal, String suggested, String chosen,
                          List<IndicatorRow> indicators) {}

    public record Document(FollowupReport report, List<ReportSection> sections, List<GoalRow> goals, boolean hasGrade,
                           InternalControlReporting.Section internalControl, SupplierReport.Report suppliers) {

        public List<ReportSection> sectionsOf(String kind) {
            return sections.stream().filter(s -> s.kind().name().equals(kind)).toList();
        }

        /** The status lines of every unit's status section: the risk actions, or the activities. */
        public List<StatusRow> statusRows(boolean riskActions) {
            return sectionsOf(ReportSectionKind.STATUS.name()).stream().flatMap(s -> s.statuses().stream())
                    .filter(r -> r.riskAction() == riskActions).toList();
        }
    }

    public Document document(long reportId) {
        FollowupReport report = reader.report(reportId);
        List<ReportSection> sections = reader.sections(reportId);
        PlanGoals plan = planGoals(report);
        List<GoalRow> goals = sections.stream().filter(s -> s.kind() == ReportSectionKind.GOAL).map(s -> goalRow(report, s, plan)).toList();
        return new Document(report, sections, goals, FollowupAssessments.hasGrade(report.docType()),
                internalControl.section(report.reportYear(), report.docType()),
                report.docType() == DocumentType.DELAR1 ? null : suppliers.forYear(report.reportYear()));
    }

    /** One goal section as the document shows it (for the section editor's trend charts). */
    public GoalRow goal(long reportId, String key) {
        FollowupReport report = reader.report(reportId);
        return goalRow(report, reader.section(reportId, key), planGoals(report));
    }

    private record PlanGoals(Map<Long, PlanContent.GoalArea> areaOf, Map<Long, PlanContent.CouncilGoal> kfOf,
                             Map<Long, PlanContent.BoardGoal> goalOf) {}

    private PlanGoals planGoals(FollowupReport report) {
        PlanGoals plan = new PlanGoals(new HashMap<>(), new HashMap<>(), new HashMap<>());
        if (report.planId() == null) return plan;
        for (PlanContent.GoalArea area : planReader.content(report.planId()).goalAreas()) {
            for (PlanContent.CouncilGoal kf : area.kfMal()) {
                for (PlanContent.BoardGoal goal : kf.namndmal()) {
                    plan.areaOf().put(goal.namndmal().id(), area);
                    plan.kfOf().put(goal.namndmal().id(), kf);
                    plan.goalOf().put(goal.namndmal().id(), goal);
                }
            }
        }
        return plan;
    }

    private GoalRow goalRow(FollowupReport report, ReportSection s, PlanGoals plan) {
        int year = report.reportYear();
        PlanContent.GoalArea area = plan.areaOf().get(s.namndmalId());
        PlanContent.CouncilGoal kf = plan.kfOf().get(s.namndmalId());
        PlanContent.BoardGoal goal = plan.goalOf().get(s.namndmalId());
        List<IndicatorAssessment> assessed = assessments.indicators(s.indicators());
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < s.indicators().size(); i++) {
            ReportIndicator ind = s.indicators().get(i);
            Indicator planned = goal == null ? null : goal.indicators().stream()
                    .filter(p -> p.name().equals(ind.name())).findFirst().orElse(null);
            List<YearValue> history = history(planned, ind, year);
            List<YearValue> threeYears = history.subList(Math.max(0, history.size() - 3), history.size());
            TrendChart.Labels labels = new TrendChart.Labels(texts.message("report.chart.title", ind.name()),
                    texts.message("report.chart.etappmal", String.valueOf(year)));
            rows.add(new IndicatorRow(ind, threeYears, assessed.get(i), TrendChart.svg(labels, history, ind.etappmalValue(), year)));
        }
        return new GoalRow(s, area == null ? null : area.malomrade().name(), kf == null ? null : kf.kfMal().name(),
                assessments.suggestedCode(report.docType(), s.indicators()).orElse(null), s.grade(), rows);
    }

    /**
     * The indicator's values from the plan's history (at least the two years before the report year, empty when
     * unknown), last year's utfall as copied into the report and the report's utfall, oldest first.
     */
    static List<YearValue> history(Indicator planned, ReportIndicator ind, int year) {
        TreeMap<Integer, BigDecimal> values = new TreeMap<>();
        if (planned != null && planned.values() != null) {
            for (IndicatorValue v : planned.values()) {
                if (v.outcomeYear() < year) values.put(v.outcomeYear(), v.outcome());
            }
        }
        if (ind.previousValue() != null) values.put(year - 1, ind.previousValue());
        values.putIfAbsent(year - 1, null);
        values.putIfAbsent(year - 2, null);
        values.put(year, ind.outcome());
        return values.entrySet().stream().map(e -> new YearValue(e.getKey(), e.getValue())).toList();
    }
}
