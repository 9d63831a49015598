package se.arshjul.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.arshjul.planning.Direction;

/**
 * The assessment rules, pure: per indicator met / not met against the etappmål, trend against last
 * year and traffic light (seed 004, Bilaga 2); per nämndmål a suggested grade from the share of
 * assessable etappmål met, or the Södertälje rule "at least X % green and the rest yellow".
 */
public final class GoalAssessor {
    private static final Pattern SAME_LEVEL = Pattern.compile("samma nivå som (\\d{4})");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final AssessmentRules rules;

    public GoalAssessor(AssessmentRules rules) {
        this.rules = rules;
    }

    public IndicatorAssessment assess(IndicatorFacts f) {
        Direction direction = effectiveDirection(f);
        Trend trend = trend(direction, f.outcome(), f.previous());
        if (f.outcome() == null) {
            return new IndicatorAssessment(null, trend, null);
        }
        if (f.etappmalValue() != null) {
            boolean met = reaches(direction, f.outcome(), f.etappmalValue());
            return new IndicatorAssessment(met, trend, met ? TrafficLight.GRON : deviationLight(f.outcome(), f.etappmalValue()));
        }
        String text = f.etappmalText() == null ? "" : f.etappmalText().strip().toLowerCase(Locale.ROOT);
        Matcher same = SAME_LEVEL.matcher(text);
        if (same.find()) {
            // "Samma nivå som 2020": at least as good as that year's utfall
            BigDecimal reference = f.referenceYear() != null && f.referenceYear() == Integer.parseInt(same.group(1)) ? f.referenceValue() : null;
            if (reference == null) return new IndicatorAssessment(null, trend, null);
            boolean met = reaches(direction, f.outcome(), reference);
            return new IndicatorAssessment(met, trend, met ? TrafficLight.GRON : deviationLight(f.outcome(), reference));
        }
        Direction wanted = text.startsWith("öka") || text.startsWith("högre") ? Direction.HIGHER
                : text.startsWith("minska") || text.startsWith("lägre") ? Direction.LOWER : null;
        if (wanted != null) {
            // "öka"/"minska": a change in that direction against last year
            if (f.previous() == null) return new IndicatorAssessment(null, trend, null);
            int cmp = f.outcome().compareTo(f.previous());
            boolean met = wanted == Direction.HIGHER ? cmp > 0 : cmp < 0;
            return new IndicatorAssessment(met, trend, met ? TrafficLight.GRON : cmp == 0 ? TrafficLight.GUL : TrafficLight.ROD);
        }
        if (text.startsWith("bibehåll") || text.startsWith("behåll") || text.startsWith("oförändrad")) {
            if (f.previous() == null) return new IndicatorAssessment(null, trend, null);
            boolean met = reaches(direction, f.outcome(), f.previous());
            return new IndicatorAssessment(met, trend, met ? TrafficLight.GRON : deviationLight(f.outcome(), f.previous()));
        }
        return new IndicatorAssessment(null, trend, null);
    }

    /** The suggested grade for the verksamhetsberättelse; empty when no indicator can be judged. */
    public Optional<Grade> suggestGrade(List<IndicatorAssessment> assessments) {
        return shareMet(assessments).map(share -> share.compareTo(rules.getMycketHog()) >= 0 ? Grade.MYCKET_HOG
                : share.compareTo(rules.getHog()) >= 0 ? Grade.HOG
                : share.compareTo(rules.getDelvis()) >= 0 ? Grade.DELVIS : Grade.EJ);
    }

    /** Delår 2's preliminary assessment. */
    public Optional<PreliminaryGrade> suggestPreliminary(List<IndicatorAssessment> assessments) {
        return shareMet(assessments).map(share -> share.compareTo(rules.getPreliminaryUppnas()) >= 0 ? PreliminaryGrade.UPPNAS
                : share.compareTo(rules.getPreliminaryDelvis()) >= 0 ? PreliminaryGrade.UPPNAS_DELVIS : PreliminaryGrade.UPPNAS_EJ);
    }

    /** Södertälje: "för att målet ska bedömas uppfyllt ska minst X procent av indikatorerna bedömas grönt och resten gult". */
    public boolean greenRuleMet(List<IndicatorAssessment> assessments, int minGreenPercent) {
        List<TrafficLight> lights = assessments.stream().filter(IndicatorAssessment::assessable).map(IndicatorAssessment::light).toList();
        if (lights.isEmpty() || lights.contains(TrafficLight.ROD)) return false;
        long green = lights.stream().filter(l -> l == TrafficLight.GRON).count();
        return BigDecimal.valueOf(green * 100).compareTo(BigDecimal.valueOf((long) minGreenPercent * lights.size())) >= 0;
    }

    /** Percent of the assessable etappmål that are met. */
    public static Optional<BigDecimal> shareMet(List<IndicatorAssessment> assessments) {
        List<IndicatorAssessment> judged = assessments.stream().filter(IndicatorAssessment::assessable).toList();
        if (judged.isEmpty()) return Optional.empty();
        long met = judged.stream().filter(IndicatorAssessment::met).count();
        return Optional.of(BigDecimal.valueOf(met * 100).divide(BigDecimal.valueOf(judged.size()), 2, RoundingMode.HALF_UP));
    }

    /**
     * An indicator without a direction is read from its targets: a målvärde above the etappmål means
     * higher is better, below means lower; otherwise higher.
     */
    static Direction effectiveDirection(IndicatorFacts f) {
        if (f.direction() != null && f.direction() != Direction.NONE) return f.direction();
        if (f.malvardeValue() != null && f.etappmalValue() != null && f.malvardeValue().compareTo(f.etappmalValue()) < 0) {
            return Direction.LOWER;
        }
        return Direction.HIGHER;
    }

    private static boolean reaches(Direction direction, BigDecimal outcome, BigDecimal target) {
        int cmp = outcome.compareTo(target);
        return direction == Direction.LOWER ? cmp <= 0 : cmp >= 0;
    }

    private TrafficLight deviationLight(BigDecimal outcome, BigDecimal target) {
        BigDecimal gap = outcome.subtract(target).abs();
        BigDecimal allowed = target.abs().multiply(rules.getYellowTolerance()).divide(HUNDRED, 6, RoundingMode.HALF_UP);
        return gap.compareTo(allowed) <= 0 ? TrafficLight.GUL : TrafficLight.ROD;
    }

    private static Trend trend(Direction direction, BigDecimal outcome, BigDecimal previous) {
        if (outcome == null || previous == null) return Trend.OKAND;
        int cmp = outcome.compareTo(previous);
        if (cmp == 0) return Trend.OFORANDRAD;
        boolean up = cmp > 0;
        return up == (direction != Direction.LOWER) ? Trend.FORBATTRAD : Trend.FORSAMRAD;
    }
}
