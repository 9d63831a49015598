package se.arshjul.suppliers.followup;

import org.springframework.stereotype.Component;

import se.arshjul.attachments.AttachmentOwner;
import se.arshjul.security.CurrentUser;
import se.arshjul.suppliers.registry.SupplierAccess;
import se.arshjul.suppliers.registry.AgreementRegistry;

/**
 * Documents received from the provider in a follow-up's documentation step: seen and changed by
 * those who manage the agreement (its responsible unit and managers, förvaltningsledning, admins).
 */
@Component
public class SupplierFollowupAttachments implements AttachmentOwner {

    public static final String TYPE = "leverantorsuppfoljning";

    private final SupplierFollowupRepository followups;
    private final AgreementRegistry registry;
    private final SupplierAccess access;

    SupplierFollowupAttachments(SupplierFollowupRepository followups, AgreementRegistry registry, SupplierAccess access) {
        this.followups = followups;
        this.registry = registry;
        this.access = access;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public boolean exists(long ownerId) {
        return followups.existsById(ownerId);
    }

    @Override
    public boolean canView(CurrentUser user, long ownerId) {
        return user != null && followups.findById(ownerId)
                .map(f -> access.canManage(registry.agreement(f.agreementId()), user)).orElse(false);
    }

    @Override
    public String pageUrl(long ownerId) {
        SupplierFollowup f = followups.findById(ownerId).orElseThrow();
        return "/leverantorer/" + f.providerId() + "#uppfoljning-" + f.id();
    }
}
