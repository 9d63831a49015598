package se.arshjul.suppliers.registry;

import se.arshjul.validation.IsoDate;
import se.arshjul.validation.MaxLength;
import se.arshjul.validation.Required;

/** The agreement form; dates as submitted (åååå-mm-dd), the end date may be empty. */
public record AgreementForm(@Required @MaxLength(300) String name, String type, @Required @MaxLength(300) String area,
                            @Required @IsoDate String startDate, @IsoDate String endDate, String responsibleUnit, Long version) {

    public static AgreementForm of(Agreement a) {
        return new AgreementForm(a.name(), a.type(), a.area(), String.valueOf(a.startDate()),
                a.endDate() == null ? "" : a.endDate().toString(), a.responsibleUnit(), a.version());
    }
}
