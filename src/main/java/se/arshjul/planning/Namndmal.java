package se.arshjul.planning;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The board's own goal with its texts, the board's uppdrag and its activities/utvecklingsåtaganden;
 * indicators are their own aggregate.
 */
@Table
public record Namndmal(@Id Long id, Long planId, Long kfMalId, int sortOrder, String title, String description,
                       String arbete, String unitGroup, @Version Long version, List<Uppdrag> uppdrag,
                       List<Aktivitet> aktiviteter) {

    Namndmal edited(String newDescription, String newArbete, List<Uppdrag> newUppdrag, Long expectedVersion) {
        return new Namndmal(id, planId, kfMalId, sortOrder, title, newDescription, newArbete, unitGroup, expectedVersion, newUppdrag, aktiviteter);
    }

    Namndmal withAktiviteter(List<Aktivitet> newAktiviteter) {
        return new Namndmal(id, planId, kfMalId, sortOrder, title, description, arbete, unitGroup, version, uppdrag, newAktiviteter);
    }
}
