package se.arshjul.reports;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Thresholds of the assessment, configurable under {@code arshjul.followup.assessment.*}; the
 * defaults reproduce the grades of Verksamhetsberättelse 2024 (seed 001): all etappmål met →
 * i mycket hög grad, 3 of 5 → i hög grad, 2 of 4 → delvis.
 */
@Component
@ConfigurationProperties("arshjul.followup.assessment")
public class AssessmentRules {
    /** Share of etappmål met (percent) for "I mycket hög grad uppfyllt". */
    private BigDecimal mycketHog = new BigDecimal("90");
    /** ... for "I hög grad uppfyllt". */
    private BigDecimal hog = new BigDecimal("60");
    /** ... for "Delvis uppfyllt"; below it "Ej uppfyllt". */
    private BigDecimal delvis = new BigDecimal("25");
    /** Delår 2: share met for "Uppnås"; below {@link #preliminaryDelvis} "Uppnås ej". */
    private BigDecimal preliminaryUppnas = new BigDecimal("75");
    private BigDecimal preliminaryDelvis = new BigDecimal("25");
    /** A miss within this many percent of the etappmål is a minor deviation (yellow), beyond it red. */
    private BigDecimal yellowTolerance = new BigDecimal("10");

    public static AssessmentRules defaults() {
        return new AssessmentRules();
    }

    public BigDecimal getMycketHog() { return mycketHog; }
    public void setMycketHog(BigDecimal v) { mycketHog = v; }
    public BigDecimal getHog() { return hog; }
    public void setHog(BigDecimal v) { hog = v; }
    public BigDecimal getDelvis() { return delvis; }
    public void setDelvis(BigDecimal v) { delvis = v; }
    public BigDecimal getPreliminaryUppnas() { return preliminaryUppnas; }
    public void setPreliminaryUppnas(BigDecimal v) { preliminaryUppnas = v; }
    public BigDecimal getPreliminaryDelvis() { return preliminaryDelvis; }
    public void setPreliminaryDelvis(BigDecimal v) { preliminaryDelvis = v; }
    public BigDecimal getYellowTolerance() { return yellowTolerance; }
    public void setYellowTolerance(BigDecimal v) { yellowTolerance = v; }
}
