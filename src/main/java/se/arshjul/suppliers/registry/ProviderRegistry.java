package se.arshjul.suppliers.registry;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.security.CurrentUser;
import se.arshjul.validation.FieldErrors;
import se.arshjul.validation.FormValidator;
import se.arshjul.validation.Texts;
import se.arshjul.web.NotFoundException;

/** The register of providers (utförare): validated, access-checked, all or nothing. */
@Service
public class ProviderRegistry {

    private final ProviderRepository providers;
    private final SupplierAccess access;
    private final FormValidator validator;

    ProviderRegistry(ProviderRepository providers, SupplierAccess access, FormValidator validator) {
        this.providers = providers;
        this.access = access;
        this.validator = validator;
    }

    public Provider provider(long id) {
        return providers.findById(id).orElseThrow(() -> new NotFoundException("supplier.provider.notFound"));
    }

    public List<Provider> providers(String query, String ivo, String ownOperation, String sort, boolean descending) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        Comparator<Provider> byName = Comparator.comparing(Provider::name, String.CASE_INSENSITIVE_ORDER);
        Comparator<Provider> order = switch (sort == null ? "" : sort) {
            case "orgnr" -> Comparator.comparing(Provider::orgNr);
            case "ivo" -> Comparator.comparing((Provider p) -> EnumValues.parse(IvoPermit.class, p.ivoPermit())).thenComparing(byName);
            default -> byName;
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
        FieldErrors errors = validator.check(form);
        OrgNr.problem(form.orgNr()).ifPresent(key -> errors.reject("orgNr", key));
        String orgNr = OrgNr.normalise(form.orgNr()).orElse(null);
        IvoPermit ivo = EnumValues.parse(IvoPermit.class, form.ivoPermit());
        if (ivo == null) errors.reject("ivoPermit", "validation.choice");
        if (!errors.has("orgNr")) {
            providers.findByOrgNr(orgNr).filter(p -> !p.id().equals(id))
                    .ifPresent(p -> errors.reject("orgNr", "supplier.orgNr.taken", p.name()));
        }
        errors.throwIfAny();
        if (id != null) EditVersions.check(provider(id).version(), form.version());
        try {
            return providers.save(new Provider(id, Texts.clean(form.name()), orgNr, Texts.clean(form.contact()), ivo.name(),
                    Boolean.TRUE.equals(form.ownOperation()), id == null ? null : form.version()));
        } catch (OptimisticLockingFailureException e) {
            throw EditVersions.stale();
        } catch (RuntimeException e) {
            if (Conflicts.isConflict(e)) throw FieldErrors.single("orgNr", "supplier.orgNr.registeredMeanwhile");
            throw e;
        }
    }
}
