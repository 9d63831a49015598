package se.arshjul.reports;

import java.util.List;

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

    /** Reads one row; a field the form did not send keeps the row's current value. */
    static StatusEntry read(SectionForm form, String statusField, String kommentarField, List<ActionStatus> allowed,
                            StatusEntry current) {
        String code = form.code(statusField, current.status() == null ? null : current.status().name());
        String kommentar = form.text(kommentarField, current.kommentar(), MAX_KOMMENTAR);
        ActionStatus status = code == null ? null : allowed.stream().filter(s -> s.name().equals(code)).findFirst().orElse(null);
        if (code != null && status == null) {
            form.reject(statusField, "validation.choice");
        } else if (code == null && kommentar != null) {
            form.reject(statusField, "report.entry.needsStatus");
        }
        if (status != null && kommentar == null) form.reject(kommentarField, "report.entry.needsKommentar");
        return new StatusEntry(status, kommentar);
    }
}
