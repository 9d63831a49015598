package se.arshjul.suppliers.registry;

import se.arshjul.security.Units;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.time.SwedishTime;
import se.arshjul.validation.FieldErrors;
import se.arshjul.validation.FormValidator;
import se.arshjul.validation.FormReader;
import se.arshjul.validation.Texts;
import se.arshjul.web.NotFoundException;

/** Agreements (avtal) with their responsible unit: validated, access-checked, all or nothing. */
@Service
public class AgreementRegistry {

    public record AgreementRow(Agreement agreement, long activeMembers) {}

    private final AgreementRepository agreements;
    private final AgreementMemberRepository members;
    private final SupplierAccess access;
    private final FormValidator validator;
    private final SwedishTime time;
    private final Units units;

    AgreementRegistry(AgreementRepository agreements, AgreementMemberRepository members, SupplierAccess access,
                      FormValidator validator, SwedishTime time, Units units) {
        this.units = units;
        this.agreements = agreements;
        this.members = members;
        this.access = access;
        this.validator = validator;
        this.time = time;
    }

    public Agreement agreement(long id) {
        return agreements.findById(id).orElseThrow(() -> new NotFoundException("supplier.agreement.notFound"));
    }

    public List<Agreement> allAgreements() {
        return agreements.findAll().stream().sorted(Comparator.comparing(Agreement::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public List<AgreementRow> agreements(String query, String type, String unit, String sort, boolean descending) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        LocalDate today = time.today();
        return agreements.findAll().stream()
                .filter(a -> q.isEmpty() || a.name().toLowerCase(Locale.ROOT).contains(q) || a.area().toLowerCase(Locale.ROOT).contains(q))
                .filter(a -> type == null || type.isBlank() || a.type().equals(type))
                .filter(a -> unit == null || unit.isBlank() || a.responsibleUnit().equals(unit))
                .map(a -> new AgreementRow(a, members.findByAgreementId(a.id()).stream().filter(m -> m.activeOn(today)).count()))
                .sorted(descending ? order(sort).reversed() : order(sort))
                .toList();
    }

    private Comparator<AgreementRow> order(String sort) {
        Comparator<AgreementRow> byName = Comparator.comparing((AgreementRow r) -> r.agreement().name(), String.CASE_INSENSITIVE_ORDER);
        return switch (sort == null ? "" : sort) {
            case "typ" -> Comparator.comparing((AgreementRow r) -> r.agreement().type()).thenComparing(byName);
            case "enhet" -> Comparator.comparing((AgreementRow r) -> units.nameOf(r.agreement().responsibleUnit())).thenComparing(byName);
            case "start" -> Comparator.comparing((AgreementRow r) -> r.agreement().startDate());
            case "antal" -> Comparator.comparingLong(AgreementRow::activeMembers);
            default -> byName;
        };
    }

    @Transactional
    public Agreement saveAgreement(Long id, AgreementForm form, CurrentUser user) {
        if (id != null) access.requireManage(agreement(id), user);
        FieldErrors errors = validator.check(form);
        AgreementType type = EnumValues.parse(AgreementType.class, form.type());
        if (type == null) errors.reject("type", "validation.choice");
        FormReader dates = new FormReader(errors);
        LocalDate start = dates.date("startDate", form.startDate());
        LocalDate end = dates.date("endDate", form.endDate());
        if (start != null && end != null && end.isBefore(start)) errors.reject("endDate", "supplier.agreement.endsBeforeStart");
        String unit = form.responsibleUnit() == null ? "" : form.responsibleUnit().strip();
        if (!units.exists(unit)) {
            errors.reject("responsibleUnit", "validation.choice");
        } else if (!access.canManageUnit(unit, user)) {
            errors.reject("responsibleUnit", "supplier.agreement.ownUnitOnly");
        }
        errors.throwIfAny();
        if (id != null) EditVersions.check(agreement(id).version(), form.version());
        try {
            return agreements.save(new Agreement(id, Texts.clean(form.name()), type.name(), Texts.clean(form.area()), start, end, unit,
                    id == null ? null : form.version()));
        } catch (OptimisticLockingFailureException e) {
            throw EditVersions.stale();
        }
    }
}
