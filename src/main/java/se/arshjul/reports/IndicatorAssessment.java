package se.arshjul.reports;

/** One indicator judged against its etappmål: met is null when it cannot be judged (no utfall, unknown target text). */
public record IndicatorAssessment(Boolean met, Trend trend, TrafficLight light) {

    public boolean assessable() {
        return met != null;
    }

    /** The key of the verdict: {@code report.met.yes}, {@code report.met.no} or {@code report.met.unknown}. */
    public String metKey() {
        return met == null ? "report.met.unknown" : met ? "report.met.yes" : "report.met.no";
    }
}
