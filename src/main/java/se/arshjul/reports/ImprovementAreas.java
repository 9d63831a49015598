package se.arshjul.reports;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A report's förbättringsområden (seed 001's summary): what the board must keep developing. Kept apart from the sections. */
@Table
public record ImprovementAreas(@Id Long id, Long reportId, String body, @Version Long version) {

    public static ImprovementAreas empty(long reportId) {
        return new ImprovementAreas(null, reportId, null, null);
    }

    public ImprovementAreas withBody(String newBody, Long expectedVersion) {
        return new ImprovementAreas(id, reportId, newBody, expectedVersion);
    }
}
