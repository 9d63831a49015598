package se.arshjul.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What a user sees after a {@link StaleEditException}: each field where the version someone else saved
 * differs from what this user submitted, side by side, so nothing typed is lost and the two can be
 * merged. Both sides are the editor's form fields (name → text as shown in the form).
 */
public record EditConflict(List<Difference> differences) {

    public record Difference(String label, String saved, String yours) {}

    public static EditConflict between(Map<String, String> saved, Map<String, String> yours, Function<String, String> label) {
        Set<String> fields = new LinkedHashSet<>(saved.keySet());
        fields.addAll(yours.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String field : fields) {
            if (isVersion(field) || field.equals("_csrf")) continue;
            String before = normalised(saved.get(field));
            String mine = normalised(yours.get(field));
            if (!Objects.equals(before, mine)) differences.add(new Difference(label.apply(field), before, mine));
        }
        return new EditConflict(differences);
    }

    /**
     * The user's fields with the versions now stored, so saving the form again (after merging) is
     * checked against the version the user has now seen.
     */
    public static Map<String, String> rebased(Map<String, String> yours, Map<String, String> saved) {
        Map<String, String> form = new LinkedHashMap<>(yours);
        saved.forEach((field, value) -> {
            if (isVersion(field)) form.put(field, value);
        });
        return form;
    }

    private static boolean isVersion(String field) {
        return field.equals("version") || field.endsWith(".version");
    }

    /** Browsers send \r\n in text areas; an empty field and a missing one are the same. */
    private static String normalised(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }
}
