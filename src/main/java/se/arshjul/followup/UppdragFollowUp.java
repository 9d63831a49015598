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
    private UppdragFollowUp() {
    }

    static List<ReportUppdrag> read(DocumentType type, List<ReportUppdrag> current, Map<String, String> params, Map<String, String> errors) {
        List<ReportUppdrag> rows = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            StatusEntry entry = StatusEntry.read(params, "uppdrag." + i + ".status", "uppdrag." + i + ".kommentar",
                    StatusEntry.uppdragChoices(type), errors);
            rows.add(current.get(i).followedUp(entry.status(), entry.kommentar()));
        }
        return rows;
    }
}
