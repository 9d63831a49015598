package se.arshjul.suppliers.registry;

import se.arshjul.validation.FieldErrors;
import se.arshjul.validation.InvalidInputException;

/** Optimistic locking of the registry's forms: the version the user edited must still be the saved one. */
final class EditVersions {

    static void check(Long current, Long submitted) {
        if (submitted == null) {
            throw FieldErrors.single("", "validation.version");
        }
        if (!submitted.equals(current)) {
            throw stale();
        }
    }

    static InvalidInputException stale() {
        return FieldErrors.single("", "supplier.stale");
    }

    private EditVersions() {}
}
