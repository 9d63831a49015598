package se.arshjul.suppliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arshjul.support.IntegrationTest;
import se.arshjul.suppliers.followup.SupplierFollowupService;
import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.suppliers.registry.AgreementMember;
import se.arshjul.suppliers.registry.Provider;
import se.arshjul.suppliers.registry.SupplierFixtures;
import se.arshjul.suppliers.registry.ProviderRegistry;
import se.arshjul.suppliers.registry.AgreementRegistry;
import se.arshjul.suppliers.registry.MembershipRegistry;
import se.arshjul.suppliers.registry.LeaveReason;
import se.arshjul.suppliers.followup.SupplierFollowupResult;

/**
 * The yearly table for a known data set, computed by hand (as avhopparverksamhet in seed 001):
 * 16 utförare on 1 January; 3 leave (1 ej ansökt om IVO-tillstånd, 2 ended by the provider) and 1 joins
 * during the year, so 14 on 31 December; 14 followed up of which 8 ej godkända: 8/14 = 57,1 % → 57 %,
 * 6/14 = 42,9 % → 43 %. A follow-up of the year before and one still under way are not counted.
 */
@IntegrationTest
class SupplierReportTest {

    @Autowired SupplierFixtures fixtures;
    @Autowired ProviderRegistry providerRegistry;
    @Autowired AgreementRegistry agreementRegistry;
    @Autowired MembershipRegistry membershipRegistry;
    @Autowired SupplierFollowupService followups;
    @Autowired SupplierReport report;

    @Test
    void countsAndPercentagesMatchTheHandComputedTable() {
        Agreement a = fixtures.agreement("Avhopparverksamhet rapporttest " + System.nanoTime(), "vuxen");
        List<Provider> providers = new ArrayList<>();
        List<AgreementMember> members = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Provider p = fixtures.provider("Rapportutförare " + i + " (fiktiv) " + System.nanoTime());
            providers.add(p);
            members.add(fixtures.join(a, p, LocalDate.of(2023, 2, 1)));
        }
        membershipRegistry.endMembership(a.id(), members.get(15).id(), "2024-05-31", "EJ_ANSOKT_IVO", null, SupplierFixtures.ADMIN);
        membershipRegistry.endMembership(a.id(), members.get(14).id(), "2024-08-31", "UTFORAREN_AVSLUTADE", null, SupplierFixtures.ADMIN);
        membershipRegistry.endMembership(a.id(), members.get(13).id(), "2024-12-31", "UTFORAREN_AVSLUTADE", null, SupplierFixtures.ADMIN);
        Provider newcomer = fixtures.provider("Nykomling (fiktiv) " + System.nanoTime());
        fixtures.join(a, newcomer, LocalDate.of(2024, 9, 1));

        for (int i = 0; i < 14; i++) {
            followups.recordFinished(a.id(), providers.get(i).id(), 2024, i < 8 ? SupplierFollowupResult.EJ_GODKAND : SupplierFollowupResult.GODKAND,
                    LocalDate.of(2024, 4, 1), "ivar");
        }
        followups.recordFinished(a.id(), providers.get(0).id(), 2023, SupplierFollowupResult.EJ_GODKAND, LocalDate.of(2023, 4, 1), "ivar");

        SupplierReport.Row row = report.row(a, 2024);
        assertThat(row.atStart()).isEqualTo(16);
        assertThat(row.atEnd()).isEqualTo(14);
        assertThat(row.joined()).isEqualTo(1);
        assertThat(row.followedUp()).isEqualTo(14);
        assertThat(row.notApproved()).isEqualTo(8);
        assertThat(row.approved()).isEqualTo(6);
        assertThat(row.notApprovedPercent()).isEqualTo(57);
        assertThat(row.approvedPercent()).isEqualTo(43);
        assertThat(row.leaveReasons()).containsExactlyInAnyOrderEntriesOf(Map.of(LeaveReason.EJ_ANSOKT_IVO, 1, LeaveReason.UTFORAREN_AVSLUTADE, 2));
        assertThat(row.comment()).startsWith("14 utförare har följts upp. Resultatet visar att 57 % inte är godkända och 43 % är godkända.")
                .contains("ej ansökt om ivo-tillstånd (1)").contains("utföraren avslutade avtalet (2)");

        SupplierReport.Report whole = report.forYear(2024);
        assertThat(whole.rows()).filteredOn(r -> r.agreement().id().equals(a.id())).singleElement()
                .satisfies(r -> assertThat(r.followedUp()).isEqualTo(14));
        assertThat(whole.leaveReasons().get(LeaveReason.UTFORAREN_AVSLUTADE)).isGreaterThanOrEqualTo(2);

        SupplierReport.Row previous = report.row(a, 2023);
        assertThat(previous.atStart()).isZero();
        assertThat(previous.atEnd()).isEqualTo(16);
        assertThat(previous.followedUp()).isEqualTo(1);
        assertThat(previous.notApprovedPercent()).isEqualTo(100);
    }

    @Test
    void percentagesRoundHalfUpAndNothingFollowedUpSaysSo() {
        assertThat(SupplierReport.percent(8, 14)).isEqualTo(57);
        assertThat(SupplierReport.percent(6, 14)).isEqualTo(43);
        assertThat(SupplierReport.percent(8, 17)).isEqualTo(47);
        assertThat(SupplierReport.percent(25, 36)).isEqualTo(69);
        assertThat(SupplierReport.percent(0, 0)).isNull();
        assertThat(report.comment(2024, 0, null, null, 0, Map.of())).isEqualTo("Ingen uppföljning genomförd 2024.");
    }
}
