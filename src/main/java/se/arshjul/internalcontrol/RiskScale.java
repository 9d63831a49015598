package se.arshjul.internalcontrol;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The 4-grade scales (seed 004: "bedöms identifierade risker genom en 4-gradig skala") with labels
 * that can be changed in configuration, riskvärde = sannolikhet × konsekvens and its colour band.
 */
@Component
public class RiskScale {

    public enum Level {
        LOW("lag", "Låg"), MEDIUM("medel", "Medel"), HIGH("hog", "Hög"), VERY_HIGH("mycket-hog", "Mycket hög");

        private final String css;
        private final String label;

        Level(String css, String label) {
            this.css = css;
            this.label = label;
        }

        public String css() {
            return css;
        }

        public String label() {
            return label;
        }
    }

    private final List<String> sannolikhetLabels;
    private final List<String> konsekvensLabels;

    public RiskScale(
            @Value("${arshjul.internkontroll.sannolikhet-etiketter:Osannolik,Mindre sannolik,Möjlig,Sannolik}") List<String> sannolikhet,
            @Value("${arshjul.internkontroll.konsekvens-etiketter:Försumbar,Lindrig,Kännbar,Allvarlig}") List<String> konsekvens) {
        if (sannolikhet.size() != 4 || konsekvens.size() != 4) {
            throw new IllegalStateException("Skalorna för sannolikhet och konsekvens måste ha fyra etiketter var.");
        }
        this.sannolikhetLabels = List.copyOf(sannolikhet);
        this.konsekvensLabels = List.copyOf(konsekvens);
    }

    public static int riskvarde(int sannolikhet, int konsekvens) {
        if (sannolikhet < 1 || sannolikhet > 4 || konsekvens < 1 || konsekvens > 4) {
            throw new IllegalArgumentException("Sannolikhet och konsekvens ska vara 1–4");
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
