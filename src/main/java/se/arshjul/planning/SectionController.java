package se.arshjul.planning;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import se.arshjul.security.CurrentUser;
import se.arshjul.web.EditConflict;
import se.arshjul.web.StaleEditException;

/** The section editor: nämndmål texts and indicators, budget tables, or a plain text section. */
@Controller
class SectionController {
    private final PlanReader reader;
    private final SectionEditor editor;
    private final SectionAccess access;
    private final PlanSteps steps;

    SectionController(PlanReader reader, SectionEditor editor, SectionAccess access, PlanSteps steps) {
        this.reader = reader;
        this.editor = editor;
        this.access = access;
        this.steps = steps;
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
        try {
            editor.save(id, key, params, user);
        } catch (SectionFormException e) {
            PlanContent content = reader.content(id);
            PlanSection section = reader.section(id, key);
            model.addAttribute("form", submittedForm(section, content, params));
            model.addAttribute("errors", e.errors());
            model.addAttribute("error", e.getMessage() + " Rätta det som är markerat.");
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(content, section, user, model);
        } catch (StaleEditException e) {
            // Someone else saved first: keep this user's text in the form, show theirs beside it.
            PlanContent content = reader.content(id);
            PlanSection section = reader.section(id, key);
            Map<String, String> saved = fields(savedForm(section, content), content);
            model.addAttribute("form", submittedForm(section, content, EditConflict.rebased(params, saved)));
            model.addAttribute("conflict", EditConflict.between(saved, params, new SectionFieldLabels(saved, content)::label));
            model.addAttribute("errors", Map.of());
            model.addAttribute("error", e.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(content, section, user, model);
        } catch (PlanRuleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/verksamhetsplan/" + id + "/avsnitt/" + key;
        }
        redirect.addFlashAttribute("success", "Avsnittet är sparat.");
        return "redirect:/verksamhetsplan/" + id + "/avsnitt/" + key;
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
        Map<String, String> form = new java.util.HashMap<>();
        if (section.kind() == SectionKind.UPPFOLJNING) form.putAll(StatisticsForm.of(content.statisticsTables()));
        form.put("version", String.valueOf(section.version()));
        form.put("body", section.body() == null ? "" : section.body());
        return form;
    }

    private String page(PlanContent content, PlanSection section, CurrentUser user, Model model) {
        model.addAttribute("doc", content);
        model.addAttribute("section", section);
        var refusal = SectionEditor.editRefusal(content.plan(), section);
        model.addAttribute("readOnlyReason", refusal.orElse(access.mayEdit(section, user) ? null
                : "Avsnittet skrivs av en annan enhet. Du kan läsa det men inte ändra det."));
        model.addAttribute("mayEdit", refusal.isEmpty() && access.mayEdit(section, user));
        model.addAttribute("directions", Direction.values());
        model.addAttribute("uppdragStatuses", Uppdrag.Status.values());
        model.addAttribute("aktivitetKinds", Aktivitet.Kind.values());
        model.addAttribute("units", se.arshjul.security.Groups.UNITS);
        model.addAttribute("fmt", new DocumentFormat());
        // the writer saves here and then marks the section ready on its task: link back to it
        model.addAttribute("step", steps.openSteps(PlanWorkflow.businessKey(content.plan())).get(section.sectionKey()));
        return "planning/section";
    }
}
