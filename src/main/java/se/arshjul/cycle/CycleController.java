package se.arshjul.cycle;

import java.time.LocalDate;
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

import jakarta.servlet.http.HttpServletResponse;
import se.arshjul.time.SwedishTime;
import se.arshjul.validation.ActionRefusedException;
import se.arshjul.validation.InvalidInputException;
import se.arshjul.web.PageMessages;
import se.arshjul.web.NotFoundException;

/** The year overview (everyone) and the admin's calendar and manual start (under /admin, role admin). */
@Controller
class CycleController {
    private final CycleOverview overview;
    private final CycleCalendars calendars;
    private final List<CycleLauncher> launchers;
    private final PageMessages messages;
    private final SwedishTime times;

    CycleController(CycleOverview overview, CycleCalendars calendars, List<CycleLauncher> launchers, PageMessages messages,
                    SwedishTime times) {
        this.messages = messages;
        this.times = times;
        this.overview = overview;
        this.calendars = calendars;
        this.launchers = launchers;
    }

    @GetMapping("/arshjul")
    String currentYear() {
        return "redirect:/arshjul/" + times.today().getYear();
    }

    @GetMapping("/arshjul/{year}")
    String year(@PathVariable int year, Model model) {
        checkYear(year);
        model.addAttribute("year", year);
        model.addAttribute("rows", overview.year(year));
        model.addAttribute("saved", calendars.isSaved(year));
        model.addAttribute("wheelStarted", calendars.wheelStarted(year));
        return "cycle/year";
    }

    @GetMapping("/admin/arshjul/{year}")
    String editCalendar(@PathVariable int year, Model model) {
        checkYear(year);
        model.addAttribute("form", formOf(year));
        model.addAttribute("errors", Map.of());
        return calendarPage(year, model);
    }

    @PostMapping("/admin/arshjul/{year}")
    String saveCalendar(@PathVariable int year, @RequestParam Map<String, String> params, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        checkYear(year);
        try {
            calendars.save(year, params);
        } catch (InvalidInputException e) {
            model.addAttribute("form", params);
            messages.addTo(model, e);
            model.addAttribute("error", messages.message("cycle.calendar.refused"));
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return calendarPage(year, model);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", messages.message("cycle.calendar.conflict"));
            return "redirect:/admin/arshjul/" + year;
        }
        redirect.addFlashAttribute("success", messages.message("cycle.calendar.saved", String.valueOf(year)));
        return "redirect:/arshjul/" + year;
    }

    @PostMapping("/admin/arshjul/{year}/starta/{type}")
    String startByHand(@PathVariable int year, @PathVariable String type, RedirectAttributes redirect) {
        checkYear(year);
        DocumentType docType = DocumentType.parse(type).filter(CycleCalendar.FOLLOW_UP::contains)
                .orElseThrow(() -> new NotFoundException("cycle.notFound"));
        String cycle = messages.message("cycle.doc." + docType.name());
        try {
            CycleLauncher launcher = ArshjulWheel.launcher(launchers, docType);
            if (launcher.isStarted(year, docType)) {
                throw new ActionRefusedException("cycle.alreadyStarted", cycle, String.valueOf(year));
            }
            launcher.start(year, docType);
            redirect.addFlashAttribute("success", messages.message("cycle.started", cycle, String.valueOf(year)));
        } catch (ActionRefusedException e) {
            redirect.addFlashAttribute("error", messages.message(e.code(), e.args()));
        }
        return "redirect:/arshjul/" + year;
    }

    private String calendarPage(int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("cycles", CycleCalendar.FOLLOW_UP);
        model.addAttribute("fields", List.of("periodEnd", "startDate", "sectionDue", "reviewDue", "approvalDue", "decisionDue"));
        return "cycle/calendar";
    }

    private Map<String, String> formOf(int year) {
        Map<String, String> form = new java.util.HashMap<>();
        for (CycleCalendar c : calendars.forYear(year)) {
            String p = c.docType().name() + ".";
            form.put(p + "periodEnd", str(c.periodEnd()));
            form.put(p + "startDate", str(c.startDate()));
            form.put(p + "sectionDue", str(c.sectionDue()));
            form.put(p + "reviewDue", str(c.reviewDue()));
            form.put(p + "approvalDue", str(c.approvalDue()));
            form.put(p + "decisionDue", str(c.decisionDue()));
            if (c.version() != null) form.put(p + "version", String.valueOf(c.version()));
        }
        return form;
    }

    private static String str(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static void checkYear(int year) {
        if (year < 1900 || year > 2999) throw new NotFoundException("cycle.yearNotFound");
    }
}
