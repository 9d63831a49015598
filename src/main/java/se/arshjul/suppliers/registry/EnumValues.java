package se.arshjul.suppliers.registry;

/** Reads a stored or submitted enum name; unknown or empty gives null (forms refuse it with {@code validation.choice}). */
public final class EnumValues {

    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private EnumValues() {}
}
