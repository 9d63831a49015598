package se.arshjul.reports;

import se.arshjul.security.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import se.arshjul.cycle.CycleCalendar;
import se.arshjul.cycle.DocumentType;
import se.arshjul.internalcontrol.InternalControlService;
import se.arshjul.internalcontrol.Risk;
import se.arshjul.internalcontrol.RiskAction;
import se.arshjul.planning.Aktivitet;
import se.arshjul.planning.BudgetRow;
import se.arshjul.planning.BudgetTable;
import se.arshjul.planning.BudgetTableKind;
import se.arshjul.planning.Indicator;
import se.arshjul.planning.IndicatorValue;
import se.arshjul.planning.Namndmal;
import se.arshjul.planning.PlanContent;
import se.arshjul.planning.PlanDocument;
import se.arshjul.planning.PlanReader;
import se.arshjul.planning.PlanStatus;
import se.arshjul.security.Groups;
import se.arshjul.validation.ActionRefusedException;
import se.arshjul.web.PageMessages;

/**
 * Creates a report from the decided plan of its year: one goal section per nämndmål for its unit, with
 * the plan's indicators (etappmål, last year's utfall) and the board's uppdrag, an economy section for Ekonomi with
 * the resultaträkning's and the driftbudget's rows, a personnel section for HR, and per responsible unit a status
 * section for its activities/utvecklingsåtaganden and risk actions. The plan itself is not changed.
 */
@Component
class ReportFactory {
    static final String ECONOMY_UNIT = "ekonomi";
    static final String PERSONNEL_UNIT = "hr";
    static final String RISK_UNIT = "stab";
    private static final Pattern SAME_LEVEL_YEAR = Pattern.compile("(?i)samma nivå som (\\d{4})");

    private final PlanReader planReader;
    private final FollowupReportRepository reports;
    private final ReportSectionRepository sections;
    private final InternalControlService internalControl;
    private final PageMessages texts;
    private final Units units;

    ReportFactory(PlanReader planReader, FollowupReportRepository reports, ReportSectionRepository sections,
                  InternalControlService internalControl, PageMessages texts, Units units) {
        this.units = units;
        this.texts = texts;
        this.planReader = planReader;
        this.reports = reports;
        this.sections = sections;
        this.internalControl = internalControl;
    }

    PlanDocument decidedPlan(int year) {
        return planReader.all().stream()
                .filter(p -> p.docType() == DocumentType.VP && p.planYear() == year && p.status() == PlanStatus.BESLUTAD)
                .max(Comparator.comparingInt(PlanDocument::revision))
                .orElseThrow(() -> new ActionRefusedException("report.noDecidedPlan", String.valueOf(year)));
    }

    FollowupReport create(CycleCalendar calendar) {
        int year = calendar.cycleYear();
        DocumentType type = calendar.docType();
        String title = texts.message("report.title." + type.name(), String.valueOf(year));
        if (reports.findByDocTypeAndReportYear(type, year).isPresent()) {
            throw new ActionRefusedException("report.alreadyStarted", title);
        }
        PlanDocument plan = decidedPlan(year);
        FollowupReport report = reports.save(new FollowupReport(null, type, year, plan.id(), title,
                ReportStatus.UNDER_ARBETE, calendar.periodEnd(), null, null, null));
        PlanContent content = planReader.content(plan.id());
        List<ReportSection> created = goalSections(report.id(), content, year);
        int order = created.size();
        for (Map.Entry<String, List<StatusRow>> unit : statusRows(content, year).entrySet()) {
            created.add(ReportSection.statuses(report.id(), ++order, unit.getKey(),
                    texts.message("report.section.title.STATUS", units.nameOf(unit.getKey())), unit.getValue()));
        }
        created.add(ReportSection.economy(report.id(), order + 1, ECONOMY_UNIT, texts.message("report.section.title.ECONOMY"),
                economyLines(content)));
        created.add(ReportSection.personnel(report.id(), order + 2, PERSONNEL_UNIT, texts.message("report.section.title.PERSONNEL"),
                personnelFigures()));
        sections.saveAll(created);
        return report;
    }

    /** One goal section per nämndmål, in the plan's order. */
    private static List<ReportSection> goalSections(long reportId, PlanContent content, int year) {
        List<ReportSection> created = new ArrayList<>();
        int order = 0;
        for (PlanContent.GoalArea area : content.goalAreas()) {
            for (PlanContent.CouncilGoal kf : area.kfMal()) {
                for (PlanContent.BoardGoal goal : kf.namndmal()) {
                    order++;
                    List<ReportIndicator> indicators = goal.indicators().stream().map(i -> snapshot(i, year)).toList();
                    created.add(ReportSection.goal(reportId, "namndmal-" + order, order, goal.namndmal().title(),
                            goal.namndmal().id(), goal.namndmal().unitGroup(), indicators, uppdrag(goal)));
                }
            }
        }
        return created;
    }

    /** The personnel section's figures (seed 001): antal anställda, sjukfrånvaro and personalomsättning. */
    private List<PersonnelFigure> personnelFigures() {
        return List.of(new PersonnelFigure(texts.message("report.personnel.headcount"), PersonnelFigure.COUNT, null, null),
                new PersonnelFigure(texts.message("report.personnel.sickLeave"), PersonnelFigure.PERCENT, null, null),
                new PersonnelFigure(texts.message("report.personnel.turnover"), PersonnelFigure.PERCENT, null, null));
    }

    /**
     * The status lines per reporting unit: each nämndmål's activities (its unit unless the activity names another)
     * and each riskåtgärd of the board's internkontrollplan (the åtgärd's ansvarig when that is a unit, else the
     * stab, which keeps the internkontroll). Risk actions start from the register's latest status and kommentar.
     */
    private Map<String, List<StatusRow>> statusRows(PlanContent content, int year) {
        Map<String, List<StatusRow>> byUnit = new LinkedHashMap<>();
        for (PlanContent.GoalArea area : content.goalAreas()) {
            for (PlanContent.CouncilGoal kf : area.kfMal()) {
                for (PlanContent.BoardGoal goal : kf.namndmal()) {
                    Namndmal n = goal.namndmal();
                    for (Aktivitet a : n.aktiviteter() == null ? List.<Aktivitet>of() : n.aktiviteter()) {
                        String unit = a.unitGroup() == null ? n.unitGroup() : a.unitGroup();
                        StatusRow.Kind kind = a.kind() == Aktivitet.Kind.UTVECKLINGSATAGANDE
                                ? StatusRow.Kind.UTVECKLINGSATAGANDE : StatusRow.Kind.AKTIVITET;
                        byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(new StatusRow(kind, n.title(), a.title(), null, null, null));
                    }
                }
            }
        }
        for (Risk risk : internalControl.risks(year)) {
            if (risk.placement() != Risk.Placement.NAMNDENS_PLAN) continue;
            for (RiskAction action : internalControl.riskActions(risk.id())) {
                String unit = isUnit(action.owner()) ? action.owner() : RISK_UNIT;
                byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(new StatusRow(StatusRow.Kind.RISKATGARD, risk.risk(),
                        action.description(), action.id(), action.status(), action.kommentar()));
            }
        }
        return byUnit;
    }

    private boolean isUnit(String group) {
        return units.exists(group);
    }

    /** The board's uppdrag of the nämndmål, without status: the author follows each up in the section. */
    private static List<ReportUppdrag> uppdrag(PlanContent.BoardGoal goal) {
        if (goal.namndmal().uppdrag() == null) return List.of();
        return goal.namndmal().uppdrag().stream().map(u -> ReportUppdrag.fromPlan(u.body())).toList();
    }

    private static ReportIndicator snapshot(Indicator i, int year) {
        BigDecimal previous = i.valueFor(year - 1).map(IndicatorValue::outcome).orElse(null);
        Integer referenceYear = null;
        BigDecimal referenceValue = null;
        if (i.etappmalText() != null) {
            Matcher m = SAME_LEVEL_YEAR.matcher(i.etappmalText());
            if (m.find()) {
                referenceYear = Integer.parseInt(m.group(1));
                referenceValue = i.valueFor(referenceYear).map(IndicatorValue::outcome).orElse(null);
            }
        }
        return new ReportIndicator(i.name(), i.unit(), i.direction(), i.etappmalValue(), i.etappmalText(), i.malvardeValue(),
                previous, referenceYear, referenceValue, null);
    }

    /**
     * The resultaträkning and the driftbudget per verksamhet with the plan's budget for the year (costs are
     * stored negative in the plan) and its sum rows, whose formulas the report computes again.
     */
    private static List<EconomyLine> economyLines(PlanContent content) {
        List<EconomyLine> lines = new ArrayList<>();
        lines.addAll(economyLines(content.budget(BudgetTableKind.RESULTATRAKNING), EconomyLine.Statement.RESULTATRAKNING));
        lines.addAll(economyLines(content.budget(BudgetTableKind.DRIFTBUDGET), EconomyLine.Statement.DRIFT));
        return lines;
    }

    private static List<EconomyLine> economyLines(BudgetTable table, EconomyLine.Statement statement) {
        if (table == null) return List.of();
        List<EconomyLine> lines = new ArrayList<>();
        for (BudgetRow row : table.rows()) {
            if (row.isSum()) {
                lines.add(EconomyLine.sum(statement, row.code(), row.name(), row.formula()));
                continue;
            }
            BigDecimal budget = row.amount3();
            // a verksamhet without budget (0 tkr) is still a cost, as in the seeds' driftredovisning
            EconomyLine.LineKind kind = budget != null && budget.signum() > 0 ? EconomyLine.LineKind.INTAKT : EconomyLine.LineKind.KOSTNAD;
            lines.add(EconomyLine.input(statement, row.code(), row.name(), kind, budget == null ? null : budget.abs()));
        }
        return lines;
    }

    static String reviewerGroup(ReportSection section) {
        return Groups.managersOf(section.unitGroup());
    }
}
