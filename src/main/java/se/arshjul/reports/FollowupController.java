package se.arshjul.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import jakarta.servlet.http.HttpServletResponse;
import se.arshjul.security.CurrentUser;
import se.arshjul.web.EditConflict;
import se.arshjul.web.StaleEditException;
import se.arshjul.security.Groups;
import se.arshjul.validation.SwedishNumbers;

/** Reports of the follow-up: list, overview with the Målbedömning, and the section editor. */
@Controller
class FollowupController {
    private final FollowupReader reader;
    private final FollowupEditor editor;
    private final FollowupAssessments assessments;
    private final FollowupDocumentData documentData;
    private final FollowupDocumentRenderer renderer;

    FollowupController(FollowupReader reader, FollowupEditor editor, FollowupAssessments assessments,
                       FollowupDocumentData documentData, FollowupDocumentRenderer renderer) {
        this.reader = reader;
        this.editor = editor;
        this.assessments = assessments;
        this.documentData = documentData;
        this.renderer = renderer;
    }

    @GetMapping("/uppfoljning")
    String list(Model model) {
        model.addAttribute("reports", reader.all());
        return "reports/list";
    }

    @GetMapping("/uppfoljning/{id}")
    String report(@PathVariable long id, Model model) {
        FollowupDocumentData.Document doc = documentData.document(id);
        model.addAttribute("report", doc.report());
        model.addAttribute("sections", doc.sections());
        model.addAttribute("hasGrade", doc.hasGrade());
        model.addAttribute("goals", doc.goals());
        model.addAttribute("unitNames", unitNames());
        // The internkontroll and supplier sections come from their own capabilities, as of today.
        model.addAttribute("internalControl", doc.internalControl());
        model.addAttribute("suppliers", doc.suppliers());
        return "reports/report";
    }

    @GetMapping(value = "/uppfoljning/{id}/dokument", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> document(@PathVariable long id) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(renderer.html(id));
    }

    @GetMapping("/uppfoljning/{id}/dokument.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        FollowupReport report = reader.report(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(report.title().replace(' ', '-') + ".pdf",
                        StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(renderer.pdf(id));
    }

    @GetMapping("/uppfoljning/{id}/avsnitt/{key}")
    String section(@PathVariable long id, @PathVariable String key, CurrentUser user, Model model) {
        model.addAttribute("form", formOf(reader.section(id, key)));
        model.addAttribute("errors", Map.of());
        return page(id, key, user, model);
    }

    @PostMapping("/uppfoljning/{id}/avsnitt/{key}")
    String save(@PathVariable long id, @PathVariable String key, @RequestParam Map<String, String> params, CurrentUser user,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            editor.save(id, key, params, user);
        } catch (SectionFormException e) {
            model.addAttribute("form", params);
            model.addAttribute("errors", e.errors());
            model.addAttribute("error", "Avsnittet sparades inte. Rätta det som är markerat.");
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(id, key, user, model);
        } catch (StaleEditException e) {
            // Someone else saved first: keep this user's text in the form, show theirs beside it.
            ReportSection section = reader.section(id, key);
            Map<String, String> saved = formOf(section);
            model.addAttribute("form", EditConflict.rebased(params, saved));
            model.addAttribute("conflict", EditConflict.between(saved, params, field -> label(section, field)));
            model.addAttribute("errors", Map.of());
            model.addAttribute("error", e.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(id, key, user, model);
        } catch (ReportRuleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/uppfoljning/" + id + "/avsnitt/" + key;
        }
        redirect.addFlashAttribute("success", "Avsnittet är sparat.");
        return "redirect:/uppfoljning/" + id + "/avsnitt/" + key;
    }

    private String page(long id, String key, CurrentUser user, Model model) {
        FollowupReport report = reader.report(id);
        ReportSection section = reader.section(id, key);
        var refusal = FollowupEditor.editRefusal(report, section);
        boolean mayEdit = FollowupEditor.mayEdit(section, user);
        model.addAttribute("report", report);
        model.addAttribute("section", section);
        model.addAttribute("mayEdit", refusal.isEmpty() && mayEdit);
        model.addAttribute("readOnlyReason", refusal.orElse(mayEdit ? null : "Avsnittet skrivs av " + Groups.nameOf(section.unitGroup())
                + ". Du kan läsa det men inte ändra det."));
        model.addAttribute("assessments", assessments.indicators(section.indicators()));
        model.addAttribute("suggested", FollowupAssessments.gradeLabel(assessments.suggestedCode(report.docType(), section.indicators()).orElse(null)));
        model.addAttribute("gradeOptions", FollowupAssessments.gradeOptions(report.docType()));
        model.addAttribute("num", new Numbers());
        model.addAttribute("economy", EconomyTable.shown(section.economy()));
        model.addAttribute("statements", EconomyLine.Statement.values());
        model.addAttribute("statusOptions", se.arshjul.status.ActionStatus.values());
        model.addAttribute("uppdragStatuses", StatusEntry.uppdragChoices(report.docType()));
        model.addAttribute("charts", section.kind() == SectionKind.GOAL ? documentData.goal(id, key).indicators().stream()
                .filter(row -> row.chartSvg() != null).toList() : List.of());
        return "reports/section";
    }

    /** The Swedish name of a field of the section editor, for the conflict view. */
    private static String label(ReportSection s, String field) {
        int dot = field.indexOf('.');
        String kind = dot < 0 ? field : field.substring(0, dot);
        String index = dot < 0 ? "" : field.substring(dot + 1);
        if (!index.isEmpty() && !index.matches("\\d{1,4}")) return field;
        int i = index.isEmpty() ? -1 : Integer.parseInt(index);
        try {
            return labelOf(s, kind, i);
        } catch (IndexOutOfBoundsException e) {
            return field;
        }
    }

    private static String labelOf(ReportSection s, String kind, int i) {
        return switch (kind) {
            case "analys" -> "Analys";
            case "genomfort" -> "Genomfört arbete";
            case "uppdragStatus" -> "Status för nämndens uppdrag";
            case "grade" -> "Bedömning";
            case "motivering" -> "Motivering";
            case "body" -> "Kommentar till ekonomin";
            case "outcome" -> "Utfall – " + s.indicators().get(i).name();
            case "prognos" -> "Prognos helår – " + s.economy().get(i).name();
            case "periodBudget" -> "Budget perioden – " + s.economy().get(i).name();
            case "periodOutcome" -> "Utfall perioden – " + s.economy().get(i).name();
            case "current" -> s.personnel().get(i).name() + " i år";
            case "previous" -> s.personnel().get(i).name() + " föregående år";
            default -> kind;
        };
    }

    private static Map<String, String> formOf(ReportSection s) {
        Map<String, String> form = new HashMap<>();
        form.put("version", String.valueOf(s.version()));
        for (int i = 0; i < s.indicators().size(); i++) {
            form.put("outcome." + i, Numbers.fmt(s.indicators().get(i).outcome()));
        }
        for (int i = 0; i < s.economy().size(); i++) {
            EconomyLine l = s.economy().get(i);
            form.put("prognos." + i, Numbers.fmt(l.prognos()));
            form.put("periodBudget." + i, Numbers.fmt(l.periodBudget()));
            form.put("periodOutcome." + i, Numbers.fmt(l.periodOutcome()));
            form.put("previousOutcome." + i, Numbers.fmt(l.previousOutcome()));
        }
        for (int i = 0; i < s.uppdrag().size(); i++) {
            ReportUppdrag u = s.uppdrag().get(i);
            put(form, "uppdrag." + i + ".status", u.status() == null ? null : u.status().name());
            put(form, "uppdrag." + i + ".kommentar", u.kommentar());
        }
        for (int i = 0; i < s.personnel().size(); i++) {
            form.put("current." + i, Numbers.fmt(s.personnel().get(i).currentValue()));
            form.put("previous." + i, Numbers.fmt(s.personnel().get(i).previousValue()));
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

    private static void put(Map<String, String> form, String key, String value) {
        form.put(key, value == null ? "" : value);
    }

    private static Map<String, String> unitNames() {
        Map<String, String> names = new HashMap<>();
        Groups.UNITS.forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    /** Swedish number formatting for the templates. */
    public static class Numbers {
        public static String fmt(java.math.BigDecimal value) {
            return value == null ? "" : SwedishNumbers.format(value.stripTrailingZeros());
        }

        public String show(java.math.BigDecimal value) {
            return value == null ? "–" : fmt(value);
        }
    }
}
