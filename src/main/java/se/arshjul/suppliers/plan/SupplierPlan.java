package se.arshjul.suppliers.plan;

import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The three-year plan för uppföljning och insyn decided in year {@code planYear} (covers planYear..planYear+2). */
@Table
public record SupplierPlan(@Id Long id, int planYear, LocalDateTime establishedAt, String establishedBy, @Version Long version) {

    SupplierPlan established(LocalDateTime at, String by) {
        return new SupplierPlan(id, planYear, at, by, version);
    }
}
