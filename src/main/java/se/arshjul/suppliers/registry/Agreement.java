package se.arshjul.suppliers.registry;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import se.arshjul.security.Groups;

/** An agreement ({@link AgreementType}: LOV, LOU ramavtal or direktupphandling) in an area, owned by a responsible unit. */
@Table
public record Agreement(@Id Long id, String name, String type, String area, LocalDate startDate, LocalDate endDate,
                        String responsibleUnit, @Version Long version) {

    /** Whether the agreement runs at some time in the year. */
    public boolean runsIn(int year) {
        return !startDate.isAfter(LocalDate.of(year, 12, 31)) && (endDate == null || !endDate.isBefore(LocalDate.of(year, 1, 1)));
    }
}
