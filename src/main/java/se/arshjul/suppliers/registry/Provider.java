package se.arshjul.suppliers.registry;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An utförare: a private company, or a municipal unit in egen regi ({@code ownOperation}). {@code ivoPermit} is an {@link IvoPermit}. */
@Table
public record Provider(@Id Long id, String name, String orgNr, String contact, String ivoPermit,
                       boolean ownOperation, @Version Long version) {}
