package se.arshjul.suppliers.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.suppliers.registry.SupplierEnums.AgreementType;
import se.arshjul.suppliers.registry.SupplierEnums.IvoPermit;
import se.arshjul.suppliers.registry.SupplierEnums.LeaveReason;
import se.arshjul.web.NotFoundException;
import se.arshjul.suppliers.ValidationFailed;

/** Providers, agreements and memberships: validated, access-checked, all or nothing. The feature's public API. */
@Service
public class SupplierRegistry {

    /** {@code ownOperation} is a checkbox: absent (null) means no. */
    public record ProviderForm(String name, String orgNr, String contact, String ivoPermit, Boolean ownOperation, Long version) {
        public static ProviderForm of(Provider p) {
            return new ProviderForm(p.name(), p.orgNr(), p.contact(), p.ivoPermit(), p.ownOperation(), p.version());
        }
    }

    public record AgreementForm(String name, String type, String area, String startDate, String endDate,
                                String responsibleUnit, Long version) {
        public static AgreementForm of(Agreement a) {
            return new AgreementForm(a.name(), a.type(), a.area(), String.valueOf(a.startDate()),
                    a.endDate() == null ? "" : a.endDate().toString(), a.responsibleUnit(), a.version());
        }
    }

    public record MemberRow(AgreementMember member, Provider provider) {}

    public record AgreementRow(Agreement agreement, long activeMembers) {}

    public record MembershipRow(AgreementMember member, Agreement agreement) {}

    private final ProviderRepository providers;
    private final AgreementRepository agreements;
    private final AgreementMemberRepository members;
    private final SupplierAccess access;

    SupplierRegistry(ProviderRepository providers, AgreementRepository agreements, AgreementMemberRepository members,
                     SupplierAccess access) {
        this.providers = providers;
        this.agreements = agreements;
        this.members = members;
        this.access = access;
    }

    // ---- providers ----

    public Provider provider(long id) {
        return providers.findById(id).orElseThrow(() -> new NotFoundException("Utföraren finns inte."));
    }

    public List<Provider> providers(String query, String ivo, String ownOperation, String sort, boolean descending) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        Comparator<Provider> order = switch (sort == null ? "" : sort) {
            case "orgnr" -> Comparator.comparing(Provider::orgNr);
            case "ivo" -> Comparator.comparing(Provider::ivoPermitLabel).thenComparing(Provider::name, String.CASE_INSENSITIVE_ORDER);
            default -> Comparator.comparing(Provider::name, String.CASE_INSENSITIVE_ORDER);
        };
        return providers.findAll().stream()
                .filter(p -> q.isEmpty() || p.name().toLowerCase(Locale.ROOT).contains(q) || p.orgNr().contains(q))
                .filter(p -> ivo == null || ivo.isBlank() || p.ivoPermit().equals(ivo))
                .filter(p -> ownOperation == null || ownOperation.isBlank() || p.ownOperation() == "ja".equals(ownOperation))
                .sorted(descending ? order.reversed() : order)
                .toList();
    }

    @Transactional
    public Provider saveProvider(Long id, ProviderForm form, CurrentUser user) {
        access.requireProviderEditor(user);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = required(errors, "name", form.name(), 200, "Ange utförarens namn.");
        OrgNr.problem(form.orgNr()).ifPresent(m -> errors.put("orgNr", m));
        String orgNr = OrgNr.normalise(form.orgNr()).orElse(null);
        String contact = optional(errors, "contact", form.contact(), 500);
        IvoPermit ivo = SupplierEnums.parse(IvoPermit.class, form.ivoPermit());
        if (ivo == null) {
            errors.put("ivoPermit", "Välj status för IVO-tillstånd.");
        }
        if (!errors.containsKey("orgNr")) {
            providers.findByOrgNr(orgNr).filter(p -> !p.id().equals(id))
                    .ifPresent(p -> errors.put("orgNr", "Organisationsnumret finns redan hos " + p.name() + "."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        if (id != null) {
            Provider existing = provider(id);
            checkVersion(existing.version(), form.version());
        }
        try {
            return providers.save(new Provider(id, name, orgNr, contact, ivo.name(), Boolean.TRUE.equals(form.ownOperation()), id == null ? null : form.version()));
        } catch (OptimisticLockingFailureException e) {
            throw concurrentChange();
        }
    }

    // ---- agreements ----

    public Agreement agreement(long id) {
        return agreements.findById(id).orElseThrow(() -> new NotFoundException("Avtalet finns inte."));
    }

    public List<Agreement> allAgreements() {
        return agreements.findAll().stream().sorted(Comparator.comparing(Agreement::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public List<AgreementRow> agreements(String query, String type, String unit, String sort, boolean descending) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        LocalDate today = LocalDate.now();
        Comparator<AgreementRow> order = switch (sort == null ? "" : sort) {
            case "typ" -> Comparator.comparing((AgreementRow r) -> r.agreement().typeLabel()).thenComparing(r -> r.agreement().name());
            case "enhet" -> Comparator.comparing((AgreementRow r) -> r.agreement().unitName()).thenComparing(r -> r.agreement().name());
            case "start" -> Comparator.comparing((AgreementRow r) -> r.agreement().startDate());
            case "antal" -> Comparator.comparingLong(AgreementRow::activeMembers);
            default -> Comparator.comparing((AgreementRow r) -> r.agreement().name(), String.CASE_INSENSITIVE_ORDER);
        };
        return agreements.findAll().stream()
                .filter(a -> q.isEmpty() || a.name().toLowerCase(Locale.ROOT).contains(q) || a.area().toLowerCase(Locale.ROOT).contains(q))
                .filter(a -> type == null || type.isBlank() || a.type().equals(type))
                .filter(a -> unit == null || unit.isBlank() || a.responsibleUnit().equals(unit))
                .map(a -> new AgreementRow(a, members.findByAgreementId(a.id()).stream().filter(m -> m.activeOn(today)).count()))
                .sorted(descending ? order.reversed() : order)
                .toList();
    }

    @Transactional
    public Agreement saveAgreement(Long id, AgreementForm form, CurrentUser user) {
        if (id != null) {
            access.requireManage(agreement(id), user);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String name = required(errors, "name", form.name(), 300, "Ange avtalets namn.");
        AgreementType type = SupplierEnums.parse(AgreementType.class, form.type());
        if (type == null) {
            errors.put("type", "Välj avtalsform.");
        }
        String area = required(errors, "area", form.area(), 300, "Ange område, till exempel \"HVB-hem för barn och unga upp till 20 år\".");
        LocalDate start = date(errors, "startDate", form.startDate(), true);
        LocalDate end = date(errors, "endDate", form.endDate(), false);
        if (start != null && end != null && end.isBefore(start)) {
            errors.put("endDate", "Avtalsperioden kan inte sluta före den börjar.");
        }
        String unit = form.responsibleUnit() == null ? "" : form.responsibleUnit().strip();
        if (Groups.UNITS.stream().noneMatch(u -> u.id().equals(unit))) {
            errors.put("responsibleUnit", "Välj ansvarig enhet.");
        } else if (!access.canManageUnit(unit, user)) {
            errors.put("responsibleUnit", "Du kan bara ange en enhet du själv tillhör som ansvarig.");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        if (id != null) {
            checkVersion(agreement(id).version(), form.version());
        }
        try {
            return agreements.save(new Agreement(id, name, type.name(), area, start, end, unit, id == null ? null : form.version()));
        } catch (OptimisticLockingFailureException e) {
            throw concurrentChange();
        }
    }

    // ---- memberships ----

    public List<MemberRow> members(long agreementId) {
        return members.findByAgreementId(agreementId).stream()
                .map(m -> new MemberRow(m, providers.findById(m.providerId()).orElseThrow()))
                .sorted(Comparator.comparing((MemberRow r) -> r.member().leftOn() != null)
                        .thenComparing(r -> r.provider().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public List<MembershipRow> memberships(long providerId) {
        return members.findByProviderId(providerId).stream()
                .map(m -> new MembershipRow(m, agreements.findById(m.agreementId()).orElseThrow()))
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
        Agreement agreement = agreement(agreementId);
        access.requireManage(agreement, user);
        Map<String, String> errors = new LinkedHashMap<>();
        Provider provider = null;
        try {
            provider = providerId == null || providerId.isBlank() ? null : providers.findById(Long.parseLong(providerId.strip())).orElse(null);
        } catch (NumberFormatException e) {
            provider = null;
        }
        if (provider == null) {
            errors.put("providerId", "Välj en utförare.");
        }
        LocalDate joined = date(errors, "joinedOn", joinedOn, true);
        if (joined != null && joined.isBefore(agreement.startDate())) {
            errors.put("joinedOn", "Utföraren kan inte ansluta före avtalsperiodens start (" + agreement.startDate() + ").");
        }
        if (provider != null && joined != null) {
            boolean overlapping = members.findByAgreementIdAndProviderId(agreementId, provider.id()).stream()
                    .anyMatch(m -> m.leftOn() == null || m.leftOn().isAfter(joined));
            if (overlapping) {
                errors.put("providerId", provider.name() + " är redan med i avtalet.");
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return members.save(new AgreementMember(null, agreementId, provider.id(), joined, null, null, null, false));
    }

    @Transactional
    public AgreementMember endMembership(long agreementId, long memberId, String leftOn, String reason, String note, CurrentUser user) {
        access.requireManage(agreement(agreementId), user);
        AgreementMember member = members.findById(memberId).filter(m -> m.agreementId().equals(agreementId))
                .orElseThrow(() -> new NotFoundException("Utföraren finns inte i avtalet."));
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate left = date(errors, "leftOn", leftOn, true);
        LeaveReason why = SupplierEnums.parse(LeaveReason.class, reason);
        if (why == null) {
            errors.put("leaveReason", "Välj orsak till att utföraren lämnar avtalet.");
        }
        String cleanNote = optional(errors, "leaveNote", note, 1000);
        if (member.leftOn() != null) {
            errors.put("leftOn", "Utföraren har redan lämnat avtalet (" + member.leftOn() + ").");
        } else if (left != null && left.isBefore(member.joinedOn())) {
            errors.put("leftOn", "Slutdatum kan inte vara före anslutningsdatum (" + member.joinedOn() + ").");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return members.save(member.left(left, why, cleanNote));
    }

    /** Marks whether a provider has placements in the agreement ("har placeringar"); plan items may select only those. */
    @Transactional
    public AgreementMember setPlacements(long agreementId, long memberId, boolean placements, CurrentUser user) {
        access.requireManage(agreement(agreementId), user);
        AgreementMember member = members.findById(memberId).filter(m -> m.agreementId().equals(agreementId))
                .orElseThrow(() -> new NotFoundException("Utföraren finns inte i avtalet."));
        return members.save(member.withPlacements(placements));
    }

    /** Used by the follow-up process when an agreement is terminated: no user check, the manager's decision is the authority. */
    @Transactional
    public AgreementMember removeFromAgreement(long agreementId, long providerId, LocalDate on, LeaveReason reason, String note) {
        AgreementMember member = activeMembership(agreementId, providerId, on)
                .orElseThrow(() -> new IllegalStateException("Utföraren är inte med i avtalet " + agreementId + "."));
        return members.save(member.left(on, reason, note));
    }

    // ---- helpers ----

    public static String required(Map<String, String> errors, String field, String value, int max, String missing) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            errors.put(field, missing);
            return null;
        }
        if (v.length() > max) {
            errors.put(field, "Högst " + max + " tecken (nu " + v.length() + ").");
            return null;
        }
        return v;
    }

    public static String optional(Map<String, String> errors, String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            errors.put(field, "Högst " + max + " tecken (nu " + v.length() + ").");
        }
        return v.isEmpty() ? null : v;
    }

    public static LocalDate date(Map<String, String> errors, String field, String value, boolean required) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                errors.put(field, "Ange ett datum (åååå-mm-dd).");
            }
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.put(field, "Datumet ska skrivas åååå-mm-dd.");
            return null;
        }
    }

    private static void checkVersion(Long current, Long submitted) {
        if (submitted == null || !submitted.equals(current)) {
            throw concurrentChange();
        }
    }

    private static ValidationFailed concurrentChange() {
        return new ValidationFailed(Map.of("", "Någon annan har ändrat uppgifterna under tiden. Ladda om sidan och gör ändringen igen."));
    }
}
