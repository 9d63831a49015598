package se.arshjul.reports;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import se.arshjul.cycle.DocumentType;
import se.arshjul.status.ActionStatus;

/**
 * A status with its kommentar in a report form: an uppdrag, an activity or a risk action. A row may stay empty
 * while the author works; a status needs a kommentar and a kommentar needs a status, as in the seeds' tables.
 */
record StatusEntry(ActionStatus status, String kommentar) {
    static final int MAX_KOMMENTAR = 4000;

    /** The statuses of a report: the delårsrapporter use seed 003's four; at year end only Klart or Ej klart i år. */
    static List<ActionStatus> uppdragChoices(DocumentType type) {
        return type == DocumentType.VB ? List.of(ActionStatus.KLART, ActionStatus.EJ_KLART_I_AR) : List.of(ActionStatus.values());
    }

    static StatusEntry read(Map<String, String> params, String statusField, String kommentarField, List<ActionStatus> allowed,
                            Map<String, String> errors) {
        String code = blankToNull(params.get(statusField));
        String kommentar = blankToNull(params.get(kommentarField));
        ActionStatus status = code == null ? null : allowed.stream().filter(s -> s.name().equals(code)).findFirst().orElse(null);
        if (code != null && status == null) {
            errors.put(statusField, "Välj en status i listan: " + labels(allowed) + ".");
        } else if (code == null && kommentar != null) {
            errors.put(statusField, "Välj en status för kommentaren.");
        }
        if (status != null && kommentar == null) {
            errors.put(kommentarField, "Skriv en kommentar som förklarar statusen.");
        } else if (kommentar != null && kommentar.length() > MAX_KOMMENTAR) {
            errors.put(kommentarField, "Kommentaren får vara högst " + MAX_KOMMENTAR + " tecken.");
        }
        return new StatusEntry(status, kommentar);
    }

    private static String labels(List<ActionStatus> allowed) {
        List<String> labels = allowed.stream().map(ActionStatus::label).toList();
        if (labels.size() == 1) return labels.get(0);
        return labels.subList(0, labels.size() - 1).stream().collect(Collectors.joining(", ")) + " eller " + labels.get(labels.size() - 1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
