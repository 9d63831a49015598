package se.arshjul.suppliers.registry;

import se.arshjul.validation.MaxLength;
import se.arshjul.validation.Required;

/** The provider form. {@code ownOperation} is a checkbox: absent (null) means no. */
public record ProviderForm(@Required @MaxLength(200) String name, String orgNr, @MaxLength(500) String contact,
                           String ivoPermit, Boolean ownOperation, Long version) {

    public static ProviderForm of(Provider p) {
        return new ProviderForm(p.name(), p.orgNr(), p.contact(), p.ivoPermit(), p.ownOperation(), p.version());
    }
}
