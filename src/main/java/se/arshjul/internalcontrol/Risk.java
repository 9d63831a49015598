package se.arshjul.internalcontrol;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A risk in the year's register: scored on sannolikhet and konsekvens (1–4 each); riskvärde is
 * their product. {@code placement} records the decision: the board's plan or the units' egenkontroll.
 */
@Table
public record Risk(@Id Long id, int planYear, String process, String namndmal, String risk, String bakgrund,
                   int sannolikhet, int konsekvens, Placement placement, @Version Long version) {

    public enum Placement {
        NAMNDENS_PLAN("Nämndens internkontrollplan"), EGENKONTROLL("Verksamhetens egenkontroll");

        private final String label;

        Placement(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public int riskvarde() {
        return RiskScale.riskvarde(sannolikhet, konsekvens);
    }

    public RiskScale.Level level() {
        return RiskScale.level(riskvarde());
    }
}
