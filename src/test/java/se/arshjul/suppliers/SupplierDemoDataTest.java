package se.arshjul.suppliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import se.arshjul.support.IntegrationTest;
import se.arshjul.suppliers.followup.SupplierFollowupService;
import se.arshjul.suppliers.plan.SupplierPlanReader;
import se.arshjul.suppliers.registry.OrgNr;
import se.arshjul.suppliers.registry.ProviderRegistry;
import se.arshjul.suppliers.registry.AgreementRegistry;
import se.arshjul.suppliers.registry.MembershipRegistry;
import se.arshjul.demo.SupplierDemo;

/**
 * The demo data reproduces the 2024 table of seed 001 (utförare 1 januari / 31 december and results).
 * Loaded inside a transaction that is rolled back, so the shared test database is left as it was.
 */
@IntegrationTest
class SupplierDemoDataTest {

    @Autowired SupplierDemo demo;
    @Autowired ProviderRegistry providerRegistry;
    @Autowired AgreementRegistry agreementRegistry;
    @Autowired MembershipRegistry membershipRegistry;
    @Autowired SupplierReport report;
    @Autowired SupplierFollowupService followups;
    @Autowired TransactionTemplate tx;
    @Autowired SupplierPlanReader supplierPlan;
    @Autowired se.arshjul.suppliers.followup.SupplierFollowupDeadlines deadlines;

    record Expected(int atStart, int atEnd, int followedUp, Integer notApprovedPercent, Integer approvedPercent) {}

    static final Map<String, Expected> SEED_001 = Map.ofEntries(
            Map.entry("Avhopparverksamhet", new Expected(16, 13, 14, 57, 43)),
            Map.entry("Skyddat boende", new Expected(20, 17, 17, 47, 53)),
            Map.entry("HVB-hem för barn och unga upp till 20 år", new Expected(39, 36, 36, 31, 69)),
            Map.entry("Jourhem samt plats i behandlingsfamilj för barn och unga upp till 20 år", new Expected(26, 22, 23, 30, 70)),
            Map.entry("Enstaka platser i särskilt boende och korttidsboende för personer under 65 år (socialpsykiatri)", new Expected(20, 19, 19, 47, 53)),
            Map.entry("Öppenvård – dagbehandling med grundskola och dagverksamhet för unga", new Expected(10, 10, 0, null, null)),
            Map.entry("Öppenvård – familjebehandling, kontaktperson och utredningar", new Expected(33, 32, 0, null, null)),
            Map.entry("Öppenvård – stödboende samt träningslägenheter för ungdomar", new Expected(53, 53, 0, null, null)),
            Map.entry("Stödboende för vuxna med substansberoende alt. psykiska funktionsnedsättningar", new Expected(20, 20, 0, null, null)),
            Map.entry("HVB för vuxna med substansberoende och/eller psykisk eller neuropsykiatrisk funktionsnedsättning", new Expected(38, 38, 0, null, null)),
            Map.entry("Familjerådgivning", new Expected(12, 12, 12, 0, 100)));

    @Test
    void demoDataMatchesTheSeedTableAndShowsFollowUpsInDifferentStates() {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            demo.load();
            var rows = report.forYear(2024).rows().stream()
                    .filter(r -> SEED_001.containsKey(r.agreement().name()))
                    .collect(Collectors.toMap(r -> r.agreement().name(), r -> r));
            assertThat(rows).hasSize(11);
            SEED_001.forEach((name, e) -> assertThat(rows.get(name))
                    .as(name)
                    .extracting(SupplierReport.Row::atStart, SupplierReport.Row::atEnd, SupplierReport.Row::followedUp,
                            SupplierReport.Row::notApprovedPercent, SupplierReport.Row::approvedPercent)
                    .containsExactly(e.atStart(), e.atEnd(), e.followedUp(), e.notApprovedPercent(), e.approvedPercent()));

            var lov = rows.get("Familjerådgivning").agreement();
            assertThat(membershipRegistry.members(lov.id())).filteredOn(m -> m.provider().ownOperation()).hasSize(1);
            assertThat(providerRegistry.providers("(fiktiv)", null, null, null, false)).hasSizeGreaterThanOrEqualTo(80)
                    .allMatch(p -> OrgNr.isValid(p.orgNr()));

            var states = SEED_001.keySet().stream().map(n -> rows.get(n).agreement().id())
                    .flatMap(id -> followups.followupsOfAgreement(id).stream())
                    .filter(v -> v.followup().processInstanceId() != null)
                    .map(v -> v.followup().status()).collect(Collectors.toSet());
            assertThat(states).contains("DOKUMENTATION_BEGARD", "GRANSKNING", "GODKAND", "ATGARDSPLAN", "VARNING");

            int next = deadlines.today().getYear() + 1;
            assertThat(supplierPlan.items(next, "ar", false, null))
                    .filteredOn(r -> r.agreement().id().equals(lov.id()) && r.item().itemYear() == next)
                    .extracting(r -> r.item().kind()).containsExactly("ENKAT");
        });
    }
}
