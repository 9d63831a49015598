package se.arshjul.suppliers.registry;

/** The provider's IVO permit; labels in the bundle as {@code supplier.ivo.<CONSTANT>}. */
public enum IvoPermit {
    BEVILJAT, ANSOKT, SAKNAS, INDRAGET, EJ_TILLSTANDSPLIKT
}
