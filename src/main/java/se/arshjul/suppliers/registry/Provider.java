package se.arshjul.suppliers.registry;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An utförare: a private company, or a municipal unit in egen regi ({@code ownOperation}). */
@Table
public record Provider(@Id Long id, String name, String orgNr, String contact, String ivoPermit,
                       boolean ownOperation, @Version Long version) {

    public String ivoPermitLabel() {
        SupplierEnums.IvoPermit p = SupplierEnums.parse(SupplierEnums.IvoPermit.class, ivoPermit);
        return p == null ? ivoPermit : p.label();
    }
}
