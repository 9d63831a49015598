package se.arshjul.internalcontrol;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A control in the plan (seed 004, Bilaga 1). {@code ansvarigRoll} is the role as written in the plan
 * ("ROCH AoF"); the runs go to {@code ansvarigGroup} (and to {@code ansvarigUser} when set).
 * Imported controls may lack method, frequency or group; such a plan cannot be fastställd.
 */
@Table
public record Kontrollmoment(@Id Long id, int planYear, String process, String kontrollmal, String ansvarigRoll,
                             String ansvarigGroup, String ansvarigUser, Method method, Integer sampleSize,
                             Frequency frequency, String frequencyMonths, String rapportTill, String rapportNar,
                             boolean kommunovergripande, String varfor, @Version Long version) {

    /** Labels: {@code ic.method.<CONSTANT>}. */
    public enum Method { STICKPROV, TOTALUNDERSOKNING }

    public List<Integer> months() {
        return Frequency.parseMonths(frequencyMonths);
    }

    public boolean schedulable() {
        return frequency != null && ansvarigGroup != null && !ansvarigGroup.isBlank();
    }

    /** The chosen months as short Swedish names ("apr, aug, dec"), for the frequency's text ({@code ic.frequency.text.*}). */
    public String monthNames() {
        return Frequency.monthNames(months());
    }
}
