package se.arshjul.internalcontrol;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A control in the plan (seed 004, Bilaga 1). {@code ansvarigRoll} is the role as written in the plan
 * ("ROCH AoF"); the kontrolltillfällen go to {@code ansvarigGrupp} (and to {@code ansvarigPerson} when set).
 * Imported controls may lack method, frequency or group; such a plan cannot be fastställd.
 */
@Table
public record Kontrollmoment(@Id Long id, int planYear, String process, String kontrollmal, String ansvarigRoll,
                             String ansvarigGrupp, String ansvarigPerson, Metod metod, Integer stickprov,
                             Frequency frekvens, String manader, String rapportTill, String rapportNar,
                             boolean kommunovergripande, String varfor, @Version Long version) {

    /** Labels: {@code ic.method.<CONSTANT>}. */
    public enum Metod { STICKPROV, TOTALUNDERSOKNING }

    /** The chosen months (1–12) of {@code manader}, stored as "4,8,12". */
    public List<Integer> valdaManader() {
        return Frequency.parseMonths(manader);
    }

    public boolean schedulable() {
        return frekvens != null && ansvarigGrupp != null && !ansvarigGrupp.isBlank();
    }

    /** The chosen months as short Swedish names ("apr, aug, dec"), for the frequency's text ({@code ic.frequency.text.*}). */
    public String manadsnamn() {
        return Frequency.monthNames(valdaManader());
    }
}
