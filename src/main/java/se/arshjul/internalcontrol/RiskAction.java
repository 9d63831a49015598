package se.arshjul.internalcontrol;

import se.arshjul.status.ActionStatus;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A riskreducerande åtgärd for a risk, with owner, deadline and the year's status. */
@Table
public record RiskAction(@Id Long id, Long riskId, String description, String owner, LocalDate deadline,
                         ActionStatus status, String kommentar, @Version Long version) {
}
