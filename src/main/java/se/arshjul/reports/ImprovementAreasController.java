package se.arshjul.reports;

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
import se.arshjul.web.NotFoundException;

/** The verksamhetsberättelse's förbättringsområden: read by everyone, written by förvaltningsledningen. */
@Controller
class ImprovementAreasController {
    private final FollowupReader reader;
    private final ImprovementAreasEditor editor;

    ImprovementAreasController(FollowupReader reader, ImprovementAreasEditor editor) {
        this.reader = reader;
        this.editor = editor;
    }

    @GetMapping("/uppfoljning/{id}/forbattringsomraden")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        ImprovementAreas areas = editor.of(id);
        return page(id, user, model, areas.body(), areas.version() == null ? "" : String.valueOf(areas.version()), Map.of());
    }

    @PostMapping("/uppfoljning/{id}/forbattringsomraden")
    String save(@PathVariable long id, @RequestParam(required = false) String body, @RequestParam(required = false) String version,
                CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            editor.save(id, body, version, user);
        } catch (SectionFormException e) {
            model.addAttribute("error", "Förbättringsområdena sparades inte. Rätta det som är markerat.");
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(id, user, model, body, version, e.errors());
        } catch (StaleEditException e) {
            // Someone else saved first: keep this user's text in the form, show theirs beside it.
            ImprovementAreas saved = editor.of(id);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("conflict", EditConflict.between(Map.of("body", saved.body() == null ? "" : saved.body()),
                    Map.of("body", body == null ? "" : body), field -> "Förbättringsområden"));
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(id, user, model, body, saved.version() == null ? "" : String.valueOf(saved.version()), Map.of());
        } catch (ReportRuleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/uppfoljning/" + id + "/forbattringsomraden";
        }
        redirect.addFlashAttribute("success", "Förbättringsområdena är sparade.");
        return "redirect:/uppfoljning/" + id + "/forbattringsomraden";
    }

    private String page(long id, CurrentUser user, Model model, String body, String version, Map<String, String> errors) {
        FollowupReport report = reader.report(id);
        if (!ImprovementAreasEditor.applies(report)) throw new NotFoundException("Rapporten har inga förbättringsområden.");
        var refusal = ImprovementAreasEditor.editRefusal(report);
        boolean mayEdit = ImprovementAreasEditor.mayEdit(user);
        model.addAttribute("report", report);
        model.addAttribute("body", body == null ? "" : body);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("maxLength", ImprovementAreasEditor.MAX_TEXT);
        model.addAttribute("mayEdit", mayEdit && refusal.isEmpty());
        model.addAttribute("readOnlyReason", refusal.orElse(mayEdit ? null : "Förbättringsområdena skrivs av förvaltningsledningen. Du kan läsa dem men inte ändra dem."));
        return "reports/improvements";
    }
}
