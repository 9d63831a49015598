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

    /** Labels: {@code ic.placement.<CONSTANT>}. */
    public enum Placement { NAMNDENS_PLAN, EGENKONTROLL }

    public int riskvarde() {
        return RiskScale.riskvarde(sannolikhet, konsekvens);
    }

    public RiskScale.Level level() {
        return RiskScale.level(riskvarde());
    }
}
