package se.arshjul.suppliers.registry;

/** LOV, LOU ramavtal or direktupphandling; labels in the bundle as {@code supplier.agreementType.<CONSTANT>}. */
public enum AgreementType {
    LOV, LOU_RAMAVTAL, DIREKTUPPHANDLING
}
