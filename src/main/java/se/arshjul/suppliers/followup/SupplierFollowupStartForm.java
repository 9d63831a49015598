package se.arshjul.suppliers.followup;

import se.arshjul.validation.IsoDate;
import se.arshjul.validation.MaxLength;
import se.arshjul.validation.Required;

/** Starting a follow-up by hand: what is asked of the provider and by when. */
public record SupplierFollowupStartForm(@Required @MaxLength(2000) String requested, @Required @IsoDate String documentationDue) {}
