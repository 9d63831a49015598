package se.arshjul.suppliers.registry;

import se.arshjul.validation.Texts;

/** A submitted id (of a select's option); anything but a number gives null, which the form refuses as no choice. */
public final class Ids {

    public static Long parse(String raw) {
        try {
            return raw == null ? null : Long.valueOf(Texts.clean(raw));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Ids() {}
}
