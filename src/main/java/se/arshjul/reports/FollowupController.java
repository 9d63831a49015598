package se.arshjul.reports;

import se.arshjul.security.Units;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.status.ActionStatus;
import se.arshjul.web.EditorSave;
import se.arshjul.web.PageMessages;

/** Reports of the follow-up: list, overview with the Målbedömning, the document, and the section editor. */
@Controller
class FollowupController {
    private final FollowupReader reader;
    private final FollowupEditor editor;
    private final FollowupAssessments assessments;
    private final FollowupDocumentData documentData;
    private final FollowupDocumentRenderer renderer;
    private final SectionFields fields;
    private final EditorSave editorSave;
    private final PageMessages texts;
    private final Units units;

    FollowupController(FollowupReader reader, FollowupEditor editor, FollowupAssessments assessments,
                       FollowupDocumentData documentData, FollowupDocumentRenderer renderer, SectionFields fields,
                       EditorSave editorSave, PageMessages texts, Units units) {
        this.units = units;
        this.reader = reader;
        this.editor = editor;
        this.assessments = assessments;
        this.documentData = documentData;
        this.renderer = renderer;
        this.fields = fields;
        this.editorSave = editorSave;
        this.texts = texts;
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
        model.addAttribute("errors", Map.of());
        return page(id, key, Map.of(), user, model);
    }

    @PostMapping("/uppfoljning/{id}/avsnitt/{key}")
    String save(@PathVariable long id, @PathVariable String key, @RequestParam Map<String, String> params, CurrentUser user,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        EditorSave.Editor page = new EditorSave.Editor(params, () -> SectionFields.of(reader.section(id, key)),
                field -> fields.label(reader.section(id, key), field), form -> page(id, key, form, user, model),
                "/uppfoljning/" + id + "/avsnitt/" + key);
        return editorSave.save(() -> editor.save(id, key, params, user), page, "report.section.saved", model, response, redirect);
    }

    /** The editor with the stored fields, overlaid by what the user posted (a partial post keeps the rest). */
    private String page(long id, String key, Map<String, String> submitted, CurrentUser user, Model model) {
        FollowupReport report = reader.report(id);
        ReportSection section = reader.section(id, key);
        Map<String, String> form = new HashMap<>(SectionFields.of(section));
        form.putAll(submitted);
        Optional<String> refusal = FollowupEditor.editRefusal(report, section);
        boolean mayEdit = FollowupEditor.mayEdit(section, user);
        model.addAttribute("form", form);
        model.addAttribute("report", report);
        model.addAttribute("section", section);
        model.addAttribute("mayEdit", refusal.isEmpty() && mayEdit);
        model.addAttribute("readOnlyReason", refusal.map(texts::message)
                .orElse(mayEdit ? null : texts.message("report.section.forbidden", units.nameOf(section.unitGroup()))));
        model.addAttribute("assessments", assessments.indicators(section.indicators()));
        model.addAttribute("suggested", assessments.suggestedCode(report.docType(), section.indicators()).orElse(null));
        model.addAttribute("gradeOptions", gradeOptions(report));
        model.addAttribute("num", new ReportNumbers());
        model.addAttribute("economy", EconomyTable.shown(section.economy()));
        model.addAttribute("statements", EconomyLine.Statement.values());
        model.addAttribute("statusOptions", ActionStatus.values());
        model.addAttribute("uppdragStatuses", StatusEntry.uppdragChoices(report.docType()));
        model.addAttribute("charts", section.kind() == ReportSectionKind.GOAL ? documentData.goal(id, key).indicators().stream()
                .filter(row -> row.chartSvg() != null).toList() : List.of());
        return "reports/section";
    }

    /** The report type's grades as code → label, in order, for the select. */
    private Map<String, String> gradeOptions(FollowupReport report) {
        Map<String, String> options = new LinkedHashMap<>();
        FollowupAssessments.gradeOptions(report.docType()).forEach(code -> options.put(code, texts.message("report.grade." + code)));
        return options;
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new HashMap<>();
        units.all().forEach(u -> names.put(u.id(), u.name()));
        return names;
    }
}
