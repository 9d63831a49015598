package se.arshjul.planning;

import se.arshjul.security.Units;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arshjul.security.CurrentUser;
import se.arshjul.security.Groups;
import se.arshjul.web.EditorSave;
import se.arshjul.web.PageMessages;

/** The section editor: nämndmål texts and indicators, budget tables, or a plain text section. */
@Controller
class SectionController {
    private final PlanReader reader;
    private final SectionEditor editor;
    private final SectionAccess access;
    private final PlanSteps steps;
    private final EditorSave editorSave;
    private final PageMessages texts;
    private final Units units;

    SectionController(PlanReader reader, SectionEditor editor, SectionAccess access, PlanSteps steps, EditorSave editorSave,
                      PageMessages texts, Units units) {
        this.units = units;
        this.reader = reader;
        this.editor = editor;
        this.access = access;
        this.steps = steps;
        this.editorSave = editorSave;
        this.texts = texts;
    }

    @GetMapping("/verksamhetsplan/{id}/avsnitt/{key}")
    String show(@PathVariable long id, @PathVariable String key, CurrentUser user, Model model) {
        PlanContent content = reader.content(id);
        PlanSection section = reader.section(id, key);
        model.addAttribute("form", savedForm(section, content));
        model.addAttribute("errors", Map.of());
        return page(content, section, user, model);
    }

    @PostMapping("/verksamhetsplan/{id}/avsnitt/{key}")
    String save(@PathVariable long id, @PathVariable String key, @RequestParam Map<String, String> params, CurrentUser user,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        // the stored form is read once, on a conflict; its labels name the fields of the comparison
        AtomicReference<SectionFieldLabels> labels = new AtomicReference<>();
        EditorSave.Editor page = new EditorSave.Editor(params, () -> {
            PlanContent content = reader.content(id);
            Map<String, String> saved = fields(savedForm(reader.section(id, key), content), content);
            labels.set(new SectionFieldLabels(saved, content, texts));
            return saved;
        }, field -> labels.get().label(field), form -> {
            PlanContent content = reader.content(id);
            PlanSection section = reader.section(id, key);
            model.addAttribute("form", submittedForm(section, content, form));
            return page(content, section, user, model);
        }, "/verksamhetsplan/" + id + "/avsnitt/" + key);
        return editorSave.save(() -> editor.save(id, key, params, user), page, "plan.section.saved", model, response, redirect);
    }

    /** The section's form as stored now. */
    private Object savedForm(PlanSection section, PlanContent content) {
        return switch (section.kind()) {
            case NAMNDMAL -> NamndmalForm.of(reader.namndmal(section.namndmalId()), reader.indicators(section.namndmalId()),
                    content.outcomeYears()).withBlankRows();
            case BUDGET -> BudgetForm.of(content.budgetTables());
            case INTERNKONTROLL, UPPFOLJNING -> textForm(section, content);
        };
    }

    /** The form exactly as the user submitted it. */
    private static Object submittedForm(PlanSection section, PlanContent content, Map<String, String> params) {
        return switch (section.kind()) {
            case NAMNDMAL -> NamndmalForm.from(params, content.outcomeYears());
            case BUDGET -> new BudgetForm(params);
            case INTERNKONTROLL, UPPFOLJNING -> params;
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> fields(Object form, PlanContent content) {
        if (form instanceof NamndmalForm goal) return goal.fields(content.outcomeYears());
        if (form instanceof BudgetForm budget) return budget.values();
        return (Map<String, String>) form;
    }

    private static Map<String, String> textForm(PlanSection section, PlanContent content) {
        Map<String, String> form = new HashMap<>();
        if (section.kind() == PlanSectionKind.UPPFOLJNING) form.putAll(StatisticsForm.of(content.statisticsTables()));
        form.put("version", String.valueOf(section.version()));
        form.put("body", section.body() == null ? "" : section.body());
        return form;
    }

    private String page(PlanContent content, PlanSection section, CurrentUser user, Model model) {
        model.addAttribute("doc", content);
        model.addAttribute("section", section);
        boolean mayEdit = access.mayEdit(section, user);
        var refusal = SectionEditor.editRefusal(content.plan(), section);
        model.addAttribute("readOnlyReason", refusal.map(r -> texts.message(r.code(), r.args()))
                .orElse(mayEdit ? null : texts.message("plan.section.otherUnit")));
        model.addAttribute("mayEdit", refusal.isEmpty() && mayEdit);
        model.addAttribute("directions", Direction.values());
        model.addAttribute("uppdragStatuses", Uppdrag.Status.values());
        model.addAttribute("aktivitetKinds", Aktivitet.Kind.values());
        model.addAttribute("units", units.all());
        model.addAttribute("fmt", new DocumentFormat());
        // the writer saves here and then marks the section ready on its task: link back to it
        model.addAttribute("step", steps.openSteps(PlanWorkflow.businessKey(content.plan())).get(section.sectionKey()));
        return "planning/section";
    }
}
