package se.arshjul.planning;

import se.arshjul.security.Units;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

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
import se.arshjul.web.ForbiddenException;
import se.arshjul.web.PageMessages;

/** Plan list, overview, starting a year or a correction, and the plan as HTML and PDF. */
@Controller
class PlanController {
    private final PlanReader reader;
    private final PlanWorkflow workflow;
    private final PlanDocumentRenderer renderer;
    private final SectionAccess access;
    private final PlanSteps steps;
    private final PageMessages texts;
    private final Units units;

    PlanController(PlanReader reader, PlanWorkflow workflow, PlanDocumentRenderer renderer, SectionAccess access, PlanSteps steps,
                   PageMessages texts, Units units) {
        this.units = units;
        this.steps = steps;
        this.texts = texts;
        this.reader = reader;
        this.workflow = workflow;
        this.renderer = renderer;
        this.access = access;
    }

    @GetMapping("/verksamhetsplan")
    String list(CurrentUser user, Model model) {
        model.addAttribute("plans", reader.all());
        model.addAttribute("mayStart", mayStart(user));
        return "planning/list";
    }

    @PostMapping("/verksamhetsplan/starta")
    String startYear(@RequestParam int year, CurrentUser user, RedirectAttributes redirect) {
        requireStarter(user);
        PlanDocument plan = workflow.startYear(year);
        redirect.addFlashAttribute("success", texts.message("plan.started", plan.title()));
        return "redirect:/verksamhetsplan/" + plan.id();
    }

    @GetMapping("/verksamhetsplan/{id}")
    String overview(@PathVariable long id, CurrentUser user, Model model) {
        PlanContent content = reader.content(id);
        model.addAttribute("doc", content);
        model.addAttribute("editable", content.sections().stream()
                .filter(s -> access.mayEdit(s, user) && SectionEditor.editRefusal(content.plan(), s).isEmpty())
                .map(PlanSection::sectionKey).toList());
        model.addAttribute("mayCorrect", mayStart(user) && content.plan().isLocked());
        String businessKey = PlanWorkflow.businessKey(content.plan());
        model.addAttribute("businessKey", businessKey);
        model.addAttribute("steps", steps.openSteps(businessKey));
        model.addAttribute("unitNames", units.all().stream().collect(Collectors.toMap(Units.Unit::id, Units.Unit::name)));
        return "planning/overview";
    }

    @PostMapping("/verksamhetsplan/{id}/korrigera")
    String correct(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        requireStarter(user);
        PlanDocument correction = workflow.startCorrection(id);
        redirect.addFlashAttribute("success", texts.message("plan.correction.started", correction.revision()));
        return "redirect:/verksamhetsplan/" + correction.id();
    }

    @GetMapping(value = "/verksamhetsplan/{id}/dokument", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@PathVariable long id) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(renderer.html(id));
    }

    @GetMapping("/verksamhetsplan/{id}/dokument.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        PlanDocument plan = reader.plan(id);
        String filename = plan.title().replace(' ', '-') + (plan.revision() > 1 ? "-v" + plan.revision() : "") + ".pdf";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(renderer.pdf(id));
    }

    private static boolean mayStart(CurrentUser user) {
        return user.isIn(Groups.MANAGEMENT) || user.isAdmin();
    }

    private static void requireStarter(CurrentUser user) {
        if (!mayStart(user)) {
            throw new ForbiddenException("plan.start.forbidden");
        }
    }
}
