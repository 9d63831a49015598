package se.arshjul.internalcontrol;

import static se.arshjul.internalcontrol.InternalControlYears.check;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arshjul.cycle.DocumentType;
import se.arshjul.security.CurrentUser;
import se.arshjul.validation.InvalidInputException;
import se.arshjul.web.PageMessages;

/** The internkontroll section of a delår or the verksamhetsberättelse: the compiled tables and the controller's texts. */
@Controller
@RequestMapping("/internkontroll/{year}/rapport/{document}")
class InternalControlReportController {

    private final InternalControlReporting reporting;
    private final InternalControlAccess access;
    private final PageMessages errors;

    InternalControlReportController(InternalControlReporting reporting, InternalControlAccess access, PageMessages errors) {
        this.reporting = reporting;
        this.access = access;
        this.errors = errors;
    }

    @GetMapping
    String report(@PathVariable int year, @PathVariable DocumentType document, CurrentUser user, Model model) {
        InternalControlReporting.Section section = reporting.section(check(year), document);
        return page(section, section.text().summary(), section.text().assessment(), user, model);
    }

    @PostMapping
    String save(@PathVariable int year, @PathVariable DocumentType document, @RequestParam(required = false) String summary,
                @RequestParam(required = false) String assessment, @RequestParam(required = false) Long version, CurrentUser user,
                Model model, HttpServletResponse response, RedirectAttributes flash) {
        check(year);
        try {
            reporting.saveText(year, document, summary, assessment, version, user);
            flash.addFlashAttribute("success", errors.message("ic.report.saved"));
            return "redirect:/internkontroll/" + year + "/rapport/" + document.name();
        } catch (InvalidInputException e) {
            errors.rejected(model, e, response);
            return page(reporting.section(year, document), summary, assessment, user, model);
        }
    }

    private String page(InternalControlReporting.Section section, String summary, String assessment, CurrentUser user, Model model) {
        model.addAttribute("year", section.year());
        model.addAttribute("section", section);
        model.addAttribute("documents", InternalControlReporting.DOCUMENTS);
        model.addAttribute("summary", summary);
        model.addAttribute("assessment", assessment);
        if (!model.containsAttribute("errors")) model.addAttribute("errors", Map.of());
        model.addAttribute("canEdit", access.canEdit(user));
        return "internalcontrol/report";
    }
}
