package se.arshjul.cycle;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The business key every process instance of the cycle carries: document type and year, and an
 * optional suffix ({@code VP-2023}, {@code IK-2023-K04}). Call activities pass it on, so the task
 * list can filter by document and year without reading process variables.
 */
public record CaseKey(DocumentType type, int year) {
    private static final Pattern FORMAT = Pattern.compile("^([A-Z0-9]+)-(\\d{4})(?:-.*)?$");

    public String value() {
        return type.name() + "-" + year;
    }


    public static Optional<CaseKey> parse(String businessKey) {
        if (businessKey == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(businessKey);
        if (!m.matches()) {
            return Optional.empty();
        }
        return DocumentType.parse(m.group(1)).map(t -> new CaseKey(t, Integer.parseInt(m.group(2))));
    }
}
