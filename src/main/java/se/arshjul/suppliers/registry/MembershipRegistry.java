package se.arshjul.suppliers.registry;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.security.CurrentUser;
import se.arshjul.validation.FormReader;
import se.arshjul.web.NotFoundException;

/** Providers joining and leaving agreements, and whether they have placements: validated, access-checked, all or nothing. */
@Service
public class MembershipRegistry {

    public record MemberRow(AgreementMember member, Provider provider) {}

    public record MembershipRow(AgreementMember member, Agreement agreement) {}

    private final AgreementMemberRepository members;
    private final ProviderRepository providers;
    private final AgreementRegistry agreements;
    private final SupplierAccess access;

    MembershipRegistry(AgreementMemberRepository members, ProviderRepository providers, AgreementRegistry agreements,
                       SupplierAccess access) {
        this.members = members;
        this.providers = providers;
        this.agreements = agreements;
        this.access = access;
    }

    public List<MemberRow> members(long agreementId) {
        return members.findByAgreementId(agreementId).stream()
                .map(m -> new MemberRow(m, providers.findById(m.providerId()).orElseThrow()))
                .sorted(Comparator.comparing((MemberRow r) -> r.member().leftOn() != null)
                        .thenComparing(r -> r.provider().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public List<MembershipRow> memberships(long providerId) {
        return members.findByProviderId(providerId).stream()
                .map(m -> new MembershipRow(m, agreements.agreement(m.agreementId())))
                .sorted(Comparator.comparing((MembershipRow r) -> r.member().joinedOn()).reversed())
                .toList();
    }

    public List<AgreementMember> membersOf(long agreementId) {
        return members.findByAgreementId(agreementId);
    }

    public Optional<AgreementMember> activeMembership(long agreementId, long providerId, LocalDate day) {
        return members.findByAgreementIdAndProviderId(agreementId, providerId).stream().filter(m -> m.activeOn(day)).findFirst();
    }

    @Transactional
    public AgreementMember addMember(long agreementId, String providerId, String joinedOn, CurrentUser user) {
        Agreement agreement = agreements.agreement(agreementId);
        access.requireManage(agreement, user);
        FormReader form = new FormReader();
        Long id = Ids.parse(providerId);
        Provider provider = id == null ? null : providers.findById(id).orElse(null);
        if (provider == null) form.reject("providerId", "validation.choice");
        LocalDate joined = form.date("joinedOn", joinedOn, agreement.startDate(), null);
        if (joined == null) form.reject("joinedOn", "validation.required");
        if (provider != null && joined != null && members.findByAgreementIdAndProviderId(agreementId, provider.id()).stream()
                .anyMatch(m -> m.leftOn() == null || m.leftOn().isAfter(joined))) {
            form.reject("providerId", "supplier.member.already", provider.name());
        }
        form.throwIfAny();
        return members.save(new AgreementMember(null, agreementId, provider.id(), joined, null, null, null, false));
    }

    @Transactional
    public AgreementMember endMembership(long agreementId, long memberId, String leftOn, String reason, String note, CurrentUser user) {
        access.requireManage(agreements.agreement(agreementId), user);
        AgreementMember member = member(agreementId, memberId);
        FormReader form = new FormReader();
        if (member.leftOn() != null) form.reject("leftOn", "supplier.member.alreadyLeft", member.leftOn().toString());
        LocalDate left = form.date("leftOn", leftOn, member.joinedOn(), null);
        if (left == null) form.reject("leftOn", "validation.required");
        LeaveReason why = form.choice("leaveReason", reason, LeaveReason.class);
        if (why == null) form.reject("leaveReason", "validation.choice");
        String cleanNote = form.text("leaveNote", note, 1000);
        form.throwIfAny();
        return members.save(member.left(left, why, cleanNote));
    }

    /** Marks whether a provider has placements in the agreement ("har placeringar"); plan items may select only those. */
    @Transactional
    public AgreementMember setPlacements(long agreementId, long memberId, boolean placements, CurrentUser user) {
        access.requireManage(agreements.agreement(agreementId), user);
        return members.save(member(agreementId, memberId).withPlacements(placements));
    }

    /** Used by the follow-up process when an agreement is terminated: no user check, the manager's decision is the authority. */
    @Transactional
    public AgreementMember removeFromAgreement(long agreementId, long providerId, LocalDate on, LeaveReason reason, String note) {
        AgreementMember member = activeMembership(agreementId, providerId, on)
                .orElseThrow(() -> new IllegalStateException("Provider " + providerId + " is not in agreement " + agreementId));
        return members.save(member.left(on, reason, note));
    }

    private AgreementMember member(long agreementId, long memberId) {
        return members.findById(memberId).filter(m -> m.agreementId().equals(agreementId))
                .orElseThrow(() -> new NotFoundException("supplier.member.notFound"));
    }
}
