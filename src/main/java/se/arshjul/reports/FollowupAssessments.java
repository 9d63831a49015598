package se.arshjul.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.arshjul.cycle.DocumentType;

/**
 * The assessment of a goal section as the pages show it: each indicator judged, and the grade the rules
 * suggest for the kind of report (4-grade scale in the verksamhetsberättelse, preliminary in delår 2,
 * none in delår 1, which follows up activities and economy).
 */
@Component
public class FollowupAssessments {
    private final GoalAssessor assessor;

    FollowupAssessments(AssessmentRules rules) {
        this.assessor = new GoalAssessor(rules);
    }

    public List<IndicatorAssessment> indicators(List<ReportIndicator> indicators) {
        return indicators.stream().map(i -> assessor.assess(i.facts())).toList();
    }

    /** The suggested grade's code (Grade or PreliminaryGrade name), if the indicators allow one. */
    public Optional<String> suggestedCode(DocumentType type, List<ReportIndicator> indicators) {
        List<IndicatorAssessment> assessed = indicators(indicators);
        return switch (type) {
            case VB -> assessor.suggestGrade(assessed).map(Enum::name);
            case DELAR2 -> assessor.suggestPreliminary(assessed).map(Enum::name);
            default -> Optional.empty();
        };
    }

    public static boolean hasGrade(DocumentType type) {
        return type == DocumentType.VB || type == DocumentType.DELAR2;
    }

    /** The grades the report type offers, as codes; their labels are the keys {@code report.grade.<code>}. */
    public static List<String> gradeOptions(DocumentType type) {
        return switch (type) {
            case VB -> Arrays.stream(Grade.values()).map(Enum::name).toList();
            case DELAR2 -> Arrays.stream(PreliminaryGrade.values()).map(Enum::name).toList();
            default -> List.of();
        };
    }
}
