package se.arshjul.suppliers.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

import se.arshjul.security.CurrentUser;
import se.arshjul.validation.InvalidInputException;

/** Test data of the supplier feature: unique providers and agreements, so tests never depend on each other. */
@Component
public class SupplierFixtures {
    public static final CurrentUser ADMIN = new CurrentUser("admin", List.of("admin"));

    private final ProviderRegistry providers;
    private final AgreementRegistry agreements;
    private final MembershipRegistry memberships;

    public SupplierFixtures(ProviderRegistry providers, AgreementRegistry agreements, MembershipRegistry memberships) {
        this.providers = providers;
        this.agreements = agreements;
        this.memberships = memberships;
    }

    public static String uniqueOrgNr() {
        String nine = "55" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return OrgNr.withCheckDigit(nine);
    }

    public Provider provider(String name) {
        for (int attempt = 0; ; attempt++) {
            try {
                return providers.saveProvider(null, new ProviderForm(name, uniqueOrgNr(), "kontakt@example.se", "BEVILJAT", false, null), ADMIN);
            } catch (InvalidInputException e) {
                if (attempt > 5 || !e.errors().has("orgNr")) throw e;
            }
        }
    }

    public Agreement agreement(String name, String unit) {
        return agreements.saveAgreement(null, new AgreementForm(name, "LOU_RAMAVTAL", "Testområde " + name, "2020-01-01", "", unit, null), ADMIN);
    }

    public AgreementMember join(Agreement a, Provider p, LocalDate on) {
        return memberships.addMember(a.id(), String.valueOf(p.id()), on.toString(), ADMIN);
    }
}
