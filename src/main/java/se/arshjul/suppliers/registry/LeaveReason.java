package se.arshjul.suppliers.registry;

/**
 * Why a provider left an agreement: the list the board reports in delår 2 and the VB. Labels in the
 * bundle as {@code supplier.leaveReason.<CONSTANT>}.
 */
public enum LeaveReason {
    UTFORAREN_AVSLUTADE(false), BRISTER_I_YRKESUTOVNINGEN(true), EJ_ANSOKT_IVO(true), KONKURS(true),
    INDRAGET_IVO(true), VERKSAMHET_EJ_STARTAD(true), VERKSAMHET_UPPHORT(true);

    private final boolean byMunicipality;

    LeaveReason(boolean byMunicipality) {
        this.byMunicipality = byMunicipality;
    }

    /** True when the municipality ended the agreement (all reasons but the provider's own). */
    public boolean byMunicipality() {
        return byMunicipality;
    }
}
