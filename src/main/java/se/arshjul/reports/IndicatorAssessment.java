package se.arshjul.reports;

/** One indicator judged against its etappmål: met is null when it cannot be judged (no utfall, unknown target text). */
public record IndicatorAssessment(Boolean met, Trend trend, TrafficLight light) {

    public boolean assessable() {
        return met != null;
    }

    public String metLabel() {
        return met == null ? "Kan inte bedömas" : met ? "Uppnått" : "Ej uppnått";
    }
}
