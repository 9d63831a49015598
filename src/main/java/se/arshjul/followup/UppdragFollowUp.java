package se.arshjul.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.arshjul.cycle.DocumentType;

/**
 * Reads the uppdrag rows of a goal section's form ({@code uppdrag.<n>.status}, {@code uppdrag.<n>.kommentar}).
 * A row may stay empty while the author works; a status needs a kommentar and a kommentar needs a status, as
 * in the seeds' tables where every uppdrag has both.
 */
final class UppdragFollowUp {
    static final int MAX_KOMMENTAR = 4000;

    private UppdragFollowUp() {
    }

    static List<ReportUppdrag> read(DocumentType type, List<ReportUppdrag> current, Map<String, String> params, Map<String, String> errors) {
        List<ReportUppdrag> rows = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            String statusField = "uppdrag." + i + ".status";
            String kommentarField = "uppdrag." + i + ".kommentar";
            String code = blankToNull(params.get(statusField));
            String kommentar = blankToNull(params.get(kommentarField));
            UppdragStatus status = code == null ? null : UppdragStatus.parse(code).filter(s -> UppdragStatus.choices(type).contains(s)).orElse(null);
            if (code != null && status == null) {
                errors.put(statusField, "Välj en av statusarna i listan.");
            } else if (status == null && kommentar != null) {
                errors.put(statusField, "Välj status för uppdraget när du skriver en kommentar.");
            }
            if (status != null && kommentar == null) {
                errors.put(kommentarField, "Skriv en kommentar till uppdragets status.");
            } else if (kommentar != null && kommentar.length() > MAX_KOMMENTAR) {
                errors.put(kommentarField, "Kommentaren får vara högst " + MAX_KOMMENTAR + " tecken.");
            }
            rows.add(current.get(i).followedUp(status, kommentar));
        }
        return rows;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
