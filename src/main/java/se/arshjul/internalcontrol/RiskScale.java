package se.arshjul.internalcontrol;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The 4-grade scales (seed 004: "bedöms identifierade risker genom en 4-gradig skala") with labels
 * from configuration ({@code arshjul.internkontroll.*-etiketter} in application.yml), riskvärde = sannolikhet × konsekvens and its colour band.
 */
@Component
public class RiskScale {

    /** Colour band; css class {@code hm-<css>}, label {@code ic.level.<CONSTANT>}. */
    public enum Level {
        LOW("lag"), MEDIUM("medel"), HIGH("hog"), VERY_HIGH("mycket-hog");

        private final String css;

        Level(String css) {
            this.css = css;
        }

        public String css() {
            return css;
        }
    }

    private final List<String> sannolikhetLabels;
    private final List<String> konsekvensLabels;

    public RiskScale(
            @Value("${arshjul.internkontroll.sannolikhet-etiketter}") List<String> sannolikhet,
            @Value("${arshjul.internkontroll.konsekvens-etiketter}") List<String> konsekvens) {
        if (sannolikhet.size() != 4 || konsekvens.size() != 4) {
            throw new IllegalStateException("arshjul.internkontroll.sannolikhet-etiketter and konsekvens-etiketter need four labels each");
        }
        this.sannolikhetLabels = List.copyOf(sannolikhet);
        this.konsekvensLabels = List.copyOf(konsekvens);
    }

    public static int riskvarde(int sannolikhet, int konsekvens) {
        if (sannolikhet < 1 || sannolikhet > 4 || konsekvens < 1 || konsekvens > 4) {
            throw new IllegalArgumentException("sannolikhet and konsekvens must be 1-4");
        }
        return sannolikhet * konsekvens;
    }

    /** Colour bands of the 4×4 matrix: 1–3 låg, 4–6 medel, 8–9 hög, 12–16 mycket hög. */
    public static Level level(int riskvarde) {
        if (riskvarde >= 12) return Level.VERY_HIGH;
        if (riskvarde >= 8) return Level.HIGH;
        if (riskvarde >= 4) return Level.MEDIUM;
        return Level.LOW;
    }

    public String sannolikhetLabel(int value) {
        return value + " – " + sannolikhetLabels.get(value - 1);
    }

    public String konsekvensLabel(int value) {
        return value + " – " + konsekvensLabels.get(value - 1);
    }
}
