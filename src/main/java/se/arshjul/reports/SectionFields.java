package se.arshjul.reports;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import se.arshjul.web.PageMessages;

/** A section as the editor's form fields (name → text as shown), and each field's name for the conflict view. */
@Component
class SectionFields {
    private final PageMessages texts;

    SectionFields(PageMessages texts) {
        this.texts = texts;
    }

    static Map<String, String> of(ReportSection s) {
        Map<String, String> form = new HashMap<>();
        form.put("version", String.valueOf(s.version()));
        for (int i = 0; i < s.indicators().size(); i++) {
            form.put("outcome." + i, ReportNumbers.fmt(s.indicators().get(i).outcome()));
        }
        for (int i = 0; i < s.economy().size(); i++) {
            EconomyLine l = s.economy().get(i);
            form.put("prognos." + i, ReportNumbers.fmt(l.prognos()));
            form.put("periodBudget." + i, ReportNumbers.fmt(l.periodBudget()));
            form.put("periodOutcome." + i, ReportNumbers.fmt(l.periodOutcome()));
            form.put("previousOutcome." + i, ReportNumbers.fmt(l.previousOutcome()));
        }
        for (int i = 0; i < s.uppdrag().size(); i++) {
            ReportUppdrag u = s.uppdrag().get(i);
            put(form, "uppdrag." + i + ".status", u.status() == null ? null : u.status().name());
            put(form, "uppdrag." + i + ".kommentar", u.kommentar());
        }
        for (int i = 0; i < s.personnel().size(); i++) {
            form.put("current." + i, ReportNumbers.fmt(s.personnel().get(i).currentValue()));
            form.put("previous." + i, ReportNumbers.fmt(s.personnel().get(i).previousValue()));
        }
        for (int i = 0; i < s.statuses().size(); i++) {
            StatusRow r = s.statuses().get(i);
            put(form, "status." + i, r.status() == null ? null : r.status().name());
            put(form, "kommentar." + i, r.kommentar());
        }
        put(form, "analys", s.analys());
        put(form, "genomfort", s.genomfort());
        put(form, "grade", s.grade());
        put(form, "motivering", s.motivering());
        put(form, "body", s.body());
        return form;
    }

    /** The Swedish name of a field of the section editor; the field's own name when it is not one of the editor's. */
    String label(ReportSection s, String field) {
        String[] parts = field.split("\\.");
        try {
            if (parts.length == 1) return known(texts.message("report.field." + field), field);
            int i = Integer.parseInt(parts[1]);
            return switch (parts[0]) {
                case "outcome" -> texts.message("report.field.outcome", s.indicators().get(i).name());
                case "prognos", "periodBudget", "periodOutcome", "previousOutcome" ->
                        texts.message("report.field." + parts[0], s.economy().get(i).name());
                case "current", "previous" -> texts.message("report.field." + parts[0], s.personnel().get(i).name());
                case "status", "kommentar" -> texts.message("report.field." + parts[0], s.statuses().get(i).title());
                case "uppdrag" -> texts.message("report.field.uppdrag." + parts[2], String.valueOf(i + 1));
                default -> field;
            };
        } catch (RuntimeException e) {
            return field;
        }
    }

    private static String known(String text, String field) {
        return text.startsWith("report.field.") ? field : text;
    }

    private static void put(Map<String, String> form, String key, String value) {
        form.put(key, value == null ? "" : value);
    }
}
