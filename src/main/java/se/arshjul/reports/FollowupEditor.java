package se.arshjul.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.cycle.DocumentType;
import se.arshjul.status.ActionStatus;
import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.validation.SwedishNumbers;
import se.arshjul.web.ForbiddenException;
import se.arshjul.web.StaleEditException;

/**
 * Saves a report section, all or nothing. Goal sections: utfall per indicator ({@code outcome.<n>}),
 * analys, genomfört arbete, status and kommentar per uppdrag
 * ({@code uppdrag.<n>.status}, {@code uppdrag.<n>.kommentar}, see UppdragFollowUp) and the assessment ({@code grade}, {@code motivering});
 * another grade than the suggested one needs a motivering. Economy: prognos and the period's budget
 * and utfall per row ({@code prognos.<n>}, {@code periodBudget.<n>}, {@code periodOutcome.<n>}), the period's
 * utfall the year before ({@code previousOutcome.<n>}) and the text; in the verksamhetsberättelse utfall helår only.
 * Personnel: each figure's value for the year and the year before ({@code current.<n>}, {@code previous.<n>}; a
 * whole non-negative antal, a percentage 0–100) and the analysis ({@code analys}). Status: per activity or risk
 * action a status from the list ({@code status.<n>}) and a kommentar ({@code kommentar.<n>}), required together.
 */
@Service
public class FollowupEditor {
    private static final int MAX_TEXT = 20000;

    private final FollowupReader reader;
    private final ReportSectionRepository sections;
    private final FollowupAssessments assessments;

    FollowupEditor(FollowupReader reader, ReportSectionRepository sections, FollowupAssessments assessments) {
        this.reader = reader;
        this.sections = sections;
        this.assessments = assessments;
    }

    public static boolean mayEdit(ReportSection section, CurrentUser user) {
        String unit = section.unitGroup();
        return user.isIn(unit) || user.isIn(Groups.managersOf(unit)) || user.isIn(Groups.MANAGEMENT) || user.isAdmin();
    }

    /** Why nobody may change the section now, if so. */
    public static Optional<String> editRefusal(FollowupReport report, ReportSection section) {
        if (report.status() == ReportStatus.BESLUTAD) return Optional.of("Rapporten är beslutad och låst.");
        if (report.status() == ReportStatus.GODKAND_FL) return Optional.of("Rapporten är godkänd av förvaltningsledningen och väntar på nämndens beslut.");
        if (section.status() == SectionStatus.GODKAND) {
            return Optional.of("Avsnittet är godkänt. Det kan ändras igen om förvaltningsledningen skickar tillbaka det.");
        }
        return Optional.empty();
    }

    /** @throws SectionFormException for invalid fields, ReportRuleException when locked, StaleEditException when stale. */
    @Transactional
    public ReportSection save(long reportId, String key, Map<String, String> params, CurrentUser user) {
        FollowupReport report = reader.report(reportId);
        ReportSection section = reader.section(reportId, key);
        if (!mayEdit(section, user)) {
            throw new ForbiddenException("Avsnittet skrivs av " + Groups.nameOf(section.unitGroup()) + ". Du kan läsa det men inte ändra det.");
        }
        editRefusal(report, section).ifPresent(reason -> {
            throw new ReportRuleException(reason);
        });
        Map<String, String> errors = new LinkedHashMap<>();
        Long version = parseVersion(params.get("version"), section.version());
        ReportSection updated = switch (section.kind()) {
            case GOAL -> goal(report, section, params, errors, version);
            case ECONOMY -> economy(report, section, params, errors, version);
            case PERSONNEL -> personnel(section, params, errors, version);
            case STATUS -> statuses(section, params, errors, version);
        };
        if (!errors.isEmpty()) throw new SectionFormException(errors);
        try {
            return sections.save(updated);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException(e);
        }
    }

    private ReportSection goal(FollowupReport report, ReportSection section, Map<String, String> params, Map<String, String> errors, Long version) {
        List<ReportIndicator> indicators = new ArrayList<>();
        for (int i = 0; i < section.indicators().size(); i++) {
            indicators.add(section.indicators().get(i).withOutcome(number(params, "outcome." + i, errors)));
        }
        String analys = text(params, "analys", errors);
        String genomfort = text(params, "genomfort", errors);
        List<ReportUppdrag> uppdrag = uppdrag(report, section, params, errors);
        String motivering = text(params, "motivering", errors);
        String grade = blankToNull(params.get("grade"));
        if (grade != null && FollowupAssessments.hasGrade(report.docType())) {
            boolean known = FollowupAssessments.gradeOptions(report.docType()).stream().anyMatch(o -> o[0].equals(grade));
            if (!known) {
                errors.put("grade", "Välj en av bedömningarna i listan.");
            } else {
                String suggested = assessments.suggestedCode(report.docType(), indicators).orElse(null);
                GradeChoice.validate(suggested, grade, motivering).ifPresent(m -> errors.put("motivering", m));
            }
        }
        return section.withGoalFollowUp(indicators, analys, genomfort, uppdrag,
                FollowupAssessments.hasGrade(report.docType()) ? grade : null, motivering, version);
    }

    /**
     * Input rows only; sum rows are computed when shown. In the verksamhetsberättelse the period is the
     * year: utfall helår is entered against the year's budget and there is no prognos.
     */
    private ReportSection economy(FollowupReport report, ReportSection section, Map<String, String> params,
                                  Map<String, String> errors, Long version) {
        boolean wholeYear = report.docType() == DocumentType.VB;
        List<EconomyLine> lines = new ArrayList<>();
        for (int i = 0; i < section.economy().size(); i++) {
            EconomyLine l = section.economy().get(i);
            if (l.isSum()) {
                lines.add(l);
                continue;
            }
            BigDecimal outcome = number(params, "periodOutcome." + i, errors);
            BigDecimal previous = number(params, "previousOutcome." + i, errors);
            lines.add(wholeYear ? l.withFigures(null, l.budget(), outcome, previous)
                    : l.withFigures(number(params, "prognos." + i, errors), number(params, "periodBudget." + i, errors), outcome, previous));
        }
        return section.withEconomy(lines, text(params, "body", errors), version);
    }

    private ReportSection personnel(ReportSection section, Map<String, String> params, Map<String, String> errors, Long version) {
        List<PersonnelFigure> figures = new ArrayList<>();
        for (int i = 0; i < section.personnel().size(); i++) {
            PersonnelFigure f = section.personnel().get(i);
            BigDecimal current = checked(f, params, "current." + i, errors);
            BigDecimal previous = checked(f, params, "previous." + i, errors);
            figures.add(f.withValues(current, previous));
        }
        return section.withPersonnel(figures, text(params, "analys", errors), version);
    }

    /** Each uppdrag's status and kommentar ({@code uppdrag.<n>.status}, {@code uppdrag.<n>.kommentar}). */
    private static List<ReportUppdrag> uppdrag(FollowupReport report, ReportSection section, Map<String, String> params,
                                               Map<String, String> errors) {
        List<ReportUppdrag> rows = new ArrayList<>();
        for (int i = 0; i < section.uppdrag().size(); i++) {
            StatusEntry entry = StatusEntry.read(params, "uppdrag." + i + ".status", "uppdrag." + i + ".kommentar",
                    StatusEntry.uppdragChoices(report.docType()), errors);
            rows.add(section.uppdrag().get(i).followedUp(entry.status(), entry.kommentar()));
        }
        return rows;
    }

    private ReportSection statuses(ReportSection section, Map<String, String> params, Map<String, String> errors, Long version) {
        List<StatusRow> rows = new ArrayList<>();
        for (int i = 0; i < section.statuses().size(); i++) {
            StatusEntry entry = StatusEntry.read(params, "status." + i, "kommentar." + i, List.of(ActionStatus.values()), errors);
            rows.add(section.statuses().get(i).with(entry.status(), entry.kommentar()));
        }
        return section.withStatuses(rows, version);
    }

    private static BigDecimal checked(PersonnelFigure figure, Map<String, String> params, String field, Map<String, String> errors) {
        BigDecimal value = number(params, field, errors);
        String problem = figure.problem(value);
        if (problem != null) errors.put(field, problem);
        return value;
    }

    private static BigDecimal number(Map<String, String> params, String field, Map<String, String> errors) {
        String raw = params.get(field);
        if (raw == null || raw.isBlank()) return null;
        Optional<BigDecimal> value = SwedishNumbers.parse(raw);
        if (value.isEmpty()) {
            errors.put(field, "Ange ett tal, till exempel 16,8 eller -433 575.");
            return null;
        }
        return value.get();
    }

    private static String text(Map<String, String> params, String field, Map<String, String> errors) {
        String value = blankToNull(params.get(field));
        if (value != null && value.length() > MAX_TEXT) {
            errors.put(field, "Texten får vara högst " + MAX_TEXT + " tecken.");
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The version the form was opened with; the current one when the form carries none (or garbage). */
    static Long parseVersion(String raw, Long current) {
        try {
            return raw == null ? current : Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return current;
        }
    }
}
