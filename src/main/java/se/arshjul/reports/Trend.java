package se.arshjul.reports;

/** The change against last year's utfall, read in the indicator's direction; keys {@code report.trend.<CONSTANT>}. */
public enum Trend {
    FORBATTRAD("↑"),
    OFORANDRAD("→"),
    FORSAMRAD("↓"),
    OKAND("–");

    private final String symbol;

    Trend(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
