package se.arshjul.web;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arshjul.validation.InvalidInputException;

/**
 * Saving an editor page, the one way every editor does it: saved → back to the editor with the
 * success message; invalid → the form again with the user's input and the messages (422); saved by
 * someone else meanwhile → the form with the user's text and the saved version beside it (409).
 * A rule refusal ({@code ActionRefusedException}) passes on to {@link ErrorPages}.
 */
@Component
public class EditorSave {
    private final PageMessages errors;

    public EditorSave(PageMessages errors) {
        this.errors = errors;
    }

    /**
     * @param submitted the posted fields
     * @param saved     the stored form fields, read only on a conflict
     * @param label     a field's label for the conflict table
     * @param page      renders the editor with the given form fields
     * @param self      the editor's own address, where a successful save returns
     */
    public record Editor(Map<String, String> submitted, Supplier<Map<String, String>> saved, Function<String, String> label,
                         Function<Map<String, String>, String> page, String self) {}

    public String save(Runnable save, Editor editor, String successCode, Model model, HttpServletResponse response,
                       RedirectAttributes flash) {
        try {
            save.run();
        } catch (InvalidInputException e) {
            errors.rejected(model, e, response);
            return editor.page().apply(editor.submitted());
        } catch (StaleEditException e) {
            Map<String, String> saved = editor.saved().get();
            model.addAttribute("conflict", EditConflict.between(saved, editor.submitted(), editor.label()));
            model.addAttribute("errors", Map.of());
            model.addAttribute("error", errors.message("form.stale"));
            response.setStatus(HttpStatus.CONFLICT.value());
            return editor.page().apply(EditConflict.rebased(editor.submitted(), saved));
        }
        flash.addFlashAttribute("success", errors.message(successCode));
        return "redirect:" + editor.self();
    }
}
