package se.arshjul.reports;

import se.arshjul.security.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.cycle.DocumentType;
import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.status.ActionStatus;
import se.arshjul.validation.ActionRefusedException;
import se.arshjul.web.ForbiddenException;
import se.arshjul.web.StaleEditException;

/**
 * Saves a report section, all or nothing. Goal sections: utfall per indicator ({@code outcome.<n>}),
 * analys, genomfört arbete, status and kommentar per uppdrag ({@code uppdrag.<n>.status},
 * {@code uppdrag.<n>.kommentar}) and the assessment ({@code grade}, {@code motivering}); another grade than the
 * suggested one needs a motivering. Economy: prognos and the period's budget and utfall per row
 * ({@code prognos.<n>}, {@code periodBudget.<n>}, {@code periodOutcome.<n>}), the period's utfall the year before
 * ({@code previousOutcome.<n>}) and the text; in the verksamhetsberättelse utfall helår only. Personnel: each
 * figure's value for the year and the year before ({@code current.<n>}, {@code previous.<n>}; a whole
 * non-negative antal, a percentage 0–100) and the analysis ({@code analys}). Status: per activity or risk action
 * a status from the list ({@code status.<n>}) and a kommentar ({@code kommentar.<n>}), required together.
 * Every post carries the {@code version} it was read at; a field the post does not carry keeps its value.
 */
@Service
public class FollowupEditor {
    static final int MAX_TEXT = 20000;
    static final int MAX_MOTIVERING = 8000;

    private final FollowupReader reader;
    private final ReportSectionRepository sections;
    private final FollowupAssessments assessments;
    private final Units units;

    FollowupEditor(FollowupReader reader, ReportSectionRepository sections, FollowupAssessments assessments, Units units) {
        this.units = units;
        this.reader = reader;
        this.sections = sections;
        this.assessments = assessments;
    }

    public static boolean mayEdit(ReportSection section, CurrentUser user) {
        String unit = section.unitGroup();
        return user.isIn(unit) || user.isIn(Groups.managersOf(unit)) || user.isIn(Groups.MANAGEMENT) || user.isAdmin();
    }

    /** Why nobody may change the section now, as a message key, if so. */
    public static Optional<String> editRefusal(FollowupReport report, ReportSection section) {
        if (report.status() == ReportStatus.BESLUTAD) return Optional.of("report.locked.decided");
        if (report.status() == ReportStatus.GODKAND_FL) return Optional.of("report.locked.approved");
        if (section.status() == ReportSectionStatus.GODKAND) return Optional.of("report.section.locked.approved");
        return Optional.empty();
    }

    /**
     * @throws se.arshjul.validation.InvalidInputException for invalid fields, ActionRefusedException when locked,
     *         StaleEditException when stale or without a version
     */
    @Transactional
    public ReportSection save(long reportId, String key, Map<String, String> params, CurrentUser user) {
        FollowupReport report = reader.report(reportId);
        ReportSection section = reader.section(reportId, key);
        if (!mayEdit(section, user)) throw new ForbiddenException("report.section.forbidden", units.nameOf(section.unitGroup()));
        editRefusal(report, section).ifPresent(code -> {
            throw new ActionRefusedException(code);
        });
        Long version = requiredVersion(params.get("version"));
        SectionForm form = new SectionForm(params);
        ReportSection updated = switch (section.kind()) {
            case GOAL -> goal(report, section, form, version);
            case ECONOMY -> economy(report, section, form, version);
            case PERSONNEL -> personnel(section, form, version);
            case STATUS -> statuses(section, form, version);
        };
        form.throwIfAny();
        try {
            return sections.save(updated);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException(e);
        }
    }

    /** The version the form was opened with; a post without one cannot be checked against later saves, so it is stale. */
    static Long requiredVersion(String raw) {
        try {
            return Long.valueOf(raw.strip());
        } catch (NullPointerException | NumberFormatException e) {
            throw new StaleEditException(e);
        }
    }

    private ReportSection goal(FollowupReport report, ReportSection section, SectionForm form, Long version) {
        List<ReportIndicator> indicators = new ArrayList<>();
        for (int i = 0; i < section.indicators().size(); i++) {
            ReportIndicator indicator = section.indicators().get(i);
            indicators.add(indicator.withOutcome(form.number("outcome." + i, indicator.outcome())));
        }
        String analys = form.text("analys", section.analys(), MAX_TEXT);
        String genomfort = form.text("genomfort", section.genomfort(), MAX_TEXT);
        List<ReportUppdrag> uppdrag = uppdrag(report, section, form);
        String motivering = form.text("motivering", section.motivering(), MAX_MOTIVERING);
        String grade = FollowupAssessments.hasGrade(report.docType()) ? grade(report, form, section.grade(), indicators, motivering) : null;
        return section.withGoalFollowUp(indicators, analys, genomfort, uppdrag, grade, motivering, version);
    }

    private String grade(FollowupReport report, SectionForm form, String current, List<ReportIndicator> indicators, String motivering) {
        String grade = form.code("grade", current);
        if (grade == null) return null;
        if (!FollowupAssessments.gradeOptions(report.docType()).contains(grade)) {
            form.reject("grade", "validation.choice");
            return grade;
        }
        String suggested = assessments.suggestedCode(report.docType(), indicators).orElse(null);
        GradeChoice.validate(suggested, grade, motivering).ifPresent(code -> form.reject("motivering", code));
        return grade;
    }

    /** Each uppdrag's status and kommentar ({@code uppdrag.<n>.status}, {@code uppdrag.<n>.kommentar}). */
    private static List<ReportUppdrag> uppdrag(FollowupReport report, ReportSection section, SectionForm form) {
        List<ReportUppdrag> rows = new ArrayList<>();
        for (int i = 0; i < section.uppdrag().size(); i++) {
            ReportUppdrag u = section.uppdrag().get(i);
            StatusEntry entry = StatusEntry.read(form, "uppdrag." + i + ".status", "uppdrag." + i + ".kommentar",
                    StatusEntry.uppdragChoices(report.docType()), new StatusEntry(u.status(), u.kommentar()));
            rows.add(u.followedUp(entry.status(), entry.kommentar()));
        }
        return rows;
    }

    /**
     * Input rows only; sum rows are computed when shown. In the verksamhetsberättelse the period is the
     * year: utfall helår is entered against the year's budget and there is no prognos.
     */
    private static ReportSection economy(FollowupReport report, ReportSection section, SectionForm form, Long version) {
        boolean wholeYear = report.docType() == DocumentType.VB;
        List<EconomyLine> lines = new ArrayList<>();
        for (int i = 0; i < section.economy().size(); i++) {
            EconomyLine line = section.economy().get(i);
            lines.add(line.isSum() ? line : economyLine(line, i, form, wholeYear));
        }
        return section.withEconomy(lines, form.text("body", section.body(), MAX_TEXT), version);
    }

    private static EconomyLine economyLine(EconomyLine l, int i, SectionForm form, boolean wholeYear) {
        BigDecimal outcome = form.number("periodOutcome." + i, l.periodOutcome());
        BigDecimal previous = form.number("previousOutcome." + i, l.previousOutcome());
        if (wholeYear) return l.withFigures(null, l.budget(), outcome, previous);
        return l.withFigures(form.number("prognos." + i, l.prognos()), form.number("periodBudget." + i, l.periodBudget()), outcome, previous);
    }

    private static ReportSection personnel(ReportSection section, SectionForm form, Long version) {
        List<PersonnelFigure> figures = new ArrayList<>();
        for (int i = 0; i < section.personnel().size(); i++) {
            PersonnelFigure f = section.personnel().get(i);
            figures.add(f.withValues(figure(f, form, "current." + i, f.currentValue()), figure(f, form, "previous." + i, f.previousValue())));
        }
        return section.withPersonnel(figures, form.text("analys", section.analys(), MAX_TEXT), version);
    }

    private static BigDecimal figure(PersonnelFigure figure, SectionForm form, String field, BigDecimal current) {
        BigDecimal value = form.number(field, current);
        String problem = figure.problem(value);
        if (problem != null) form.reject(field, problem);
        return value;
    }

    private static ReportSection statuses(ReportSection section, SectionForm form, Long version) {
        List<StatusRow> rows = new ArrayList<>();
        for (int i = 0; i < section.statuses().size(); i++) {
            StatusRow row = section.statuses().get(i);
            StatusEntry entry = StatusEntry.read(form, "status." + i, "kommentar." + i, List.of(ActionStatus.values()),
                    new StatusEntry(row.status(), row.kommentar()));
            rows.add(row.with(entry.status(), entry.kommentar()));
        }
        return section.withStatuses(rows, version);
    }
}
