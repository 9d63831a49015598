package se.arshjul.reports;

/** The change against last year's utfall, read in the indicator's direction. */
public enum Trend {
    FORBATTRAD("Förbättrad", "↑"),
    OFORANDRAD("Oförändrad", "→"),
    FORSAMRAD("Försämrad", "↓"),
    OKAND("Kan inte bedömas", "–");

    private final String label;
    private final String symbol;

    Trend(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    public String label() {
        return label;
    }

    public String symbol() {
        return symbol;
    }
}
