package se.arshjul.suppliers.registry;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An agreement (LOV, LOU ramavtal or direktupphandling) in an area, owned by a responsible unit. */
@Table
public record Agreement(@Id Long id, String name, String type, String area, LocalDate startDate, LocalDate endDate,
                        String responsibleUnit, @Version Long version) {

    public String typeLabel() {
        SupplierEnums.AgreementType t = SupplierEnums.parse(SupplierEnums.AgreementType.class, type);
        return t == null ? type : t.label();
    }

    public String unitName() {
        return se.arshjul.security.Groups.nameOf(responsibleUnit);
    }
}
