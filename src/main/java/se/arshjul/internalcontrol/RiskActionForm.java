package se.arshjul.internalcontrol;

import se.arshjul.validation.IsoDate;
import se.arshjul.validation.MaxLength;
import se.arshjul.validation.Required;

/** A riskåtgärd as the risk page posts it; the status is a choice read by {@link RiskRegister#saveRiskAction}. */
public record RiskActionForm(@Required @MaxLength(2000) String description, @MaxLength(200) String owner,
                             @IsoDate String deadline, String status, @MaxLength(2000) String kommentar) {
}
