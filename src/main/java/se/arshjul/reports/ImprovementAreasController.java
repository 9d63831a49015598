package se.arshjul.reports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arshjul.security.CurrentUser;
import se.arshjul.web.EditorSave;
import se.arshjul.web.PageMessages;
import se.arshjul.web.NotFoundException;

/** The verksamhetsberättelse's förbättringsområden: read by everyone, written by förvaltningsledningen. */
@Controller
class ImprovementAreasController {
    private final FollowupReader reader;
    private final ImprovementAreasEditor editor;
    private final EditorSave editorSave;
    private final PageMessages texts;

    ImprovementAreasController(FollowupReader reader, ImprovementAreasEditor editor, EditorSave editorSave, PageMessages texts) {
        this.reader = reader;
        this.editor = editor;
        this.editorSave = editorSave;
        this.texts = texts;
    }

    @GetMapping("/uppfoljning/{id}/forbattringsomraden")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("errors", Map.of());
        return page(id, user, model, Map.of());
    }

    @PostMapping("/uppfoljning/{id}/forbattringsomraden")
    String save(@PathVariable long id, @RequestParam Map<String, String> params, CurrentUser user, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        EditorSave.Editor page = new EditorSave.Editor(params, () -> saved(id), field -> texts.message("report.improvements.heading"),
                form -> page(id, user, model, form), "/uppfoljning/" + id + "/forbattringsomraden");
        return editorSave.save(() -> editor.save(id, params.get("body"), params.get("version"), user), page,
                "report.improvements.saved", model, response, redirect);
    }

    private Map<String, String> saved(long id) {
        ImprovementAreas areas = editor.of(id);
        return Map.of("body", areas.body() == null ? "" : areas.body(), "version", areas.version() == null ? "" : String.valueOf(areas.version()));
    }

    /** The editor with the saved text, overlaid by what the user posted. */
    private String page(long id, CurrentUser user, Model model, Map<String, String> submitted) {
        FollowupReport report = reader.report(id);
        if (!ImprovementAreasEditor.applies(report)) throw new NotFoundException("report.improvements.none");
        Map<String, String> form = new HashMap<>(saved(id));
        form.putAll(submitted);
        Optional<String> refusal = ImprovementAreasEditor.editRefusal(report);
        boolean mayEdit = ImprovementAreasEditor.mayEdit(user);
        model.addAttribute("report", report);
        model.addAttribute("body", form.get("body"));
        model.addAttribute("version", form.get("version"));
        model.addAttribute("maxLength", ImprovementAreasEditor.MAX_TEXT);
        model.addAttribute("mayEdit", mayEdit && refusal.isEmpty());
        model.addAttribute("readOnlyReason", refusal.map(texts::message).orElse(mayEdit ? null : texts.message("report.improvements.readOnly")));
        return "reports/improvements";
    }
}
