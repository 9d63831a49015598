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

    public enum Method {
        STICKPROV("Stickprov"), TOTALUNDERSOKNING("Totalundersökning");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public List<Integer> months() {
        return Frequency.parseMonths(frequencyMonths);
    }

    public boolean schedulable() {
        return frequency != null && ansvarigGroup != null && !ansvarigGroup.isBlank();
    }

    public String methodText() {
        if (method == null) {
            return "Ej angiven";
        }
        return method == Method.STICKPROV && sampleSize != null ? method.label() + " (" + sampleSize + " st)" : method.label();
    }

    public String frequencyText() {
        return frequency == null ? "Ej angiven" : frequency.describe(months());
    }
}
