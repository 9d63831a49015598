package se.arshjul.internalcontrol;

import static se.arshjul.internalcontrol.InternalControlYears.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arshjul.security.CurrentUser;
import se.arshjul.status.ActionStatus;
import se.arshjul.validation.InvalidInputException;
import se.arshjul.web.PageMessages;

/** The risk editor of a year's register and the riskåtgärder on it. */
@Controller
@RequestMapping("/internkontroll/{year}/risker")
class RiskController {

    private final RiskRegister register;
    private final InternalControlPlanService plans;
    private final InternalControlAccess access;
    private final RiskScale scale;
    private final PageMessages errors;

    RiskController(RiskRegister register, InternalControlPlanService plans, InternalControlAccess access, RiskScale scale,
                   PageMessages errors) {
        this.register = register;
        this.plans = plans;
        this.access = access;
        this.scale = scale;
        this.errors = errors;
    }

    @GetMapping("/ny")
    String newRisk(@PathVariable int year, CurrentUser user, Model model) {
        access.requireEditor(user);
        return page(check(year), null, new RiskForm(), model);
    }

    @GetMapping("/{id}")
    String editRisk(@PathVariable int year, @PathVariable long id, CurrentUser user, Model model) {
        access.requireEditor(user);
        Risk risk = register.risk(check(year), id);
        return page(year, risk, RiskForm.of(risk), model);
    }

    @PostMapping({"", "/{id}"})
    String saveRisk(@PathVariable int year, @PathVariable(required = false) Long id, @ModelAttribute RiskForm form,
                    CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes flash) {
        check(year);
        access.requireEditor(user);
        try {
            Risk saved = register.saveRisk(year, id, form, user);
            flash.addFlashAttribute("success", errors.message("ic.risk.saved", saved.riskvarde()));
            return "redirect:/internkontroll/" + year + "/risker/" + saved.id();
        } catch (InvalidInputException e) {
            errors.rejected(model, e, response);
            return page(year, id == null ? null : register.risk(year, id), form, model);
        }
    }

    /** Redirect-style: a refused åtgärd goes back to the risk page with the message ({@code ErrorPages}). */
    @PostMapping({"/{id}/atgarder", "/{id}/atgarder/{actionId}"})
    String saveRiskAction(@PathVariable int year, @PathVariable long id, @PathVariable(required = false) Long actionId,
                          @ModelAttribute RiskActionForm form, CurrentUser user, RedirectAttributes flash) {
        register.saveRiskAction(check(year), id, actionId, form, user);
        flash.addFlashAttribute("success", errors.message("ic.riskAction.saved"));
        return "redirect:/internkontroll/" + year + "/risker/" + id;
    }

    private String page(int year, Risk risk, RiskForm form, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("risk", risk);
        model.addAttribute("form", form);
        if (!model.containsAttribute("errors")) model.addAttribute("errors", Map.of());
        model.addAttribute("sannolikhetOptions", options(scale::sannolikhetLabel));
        model.addAttribute("konsekvensOptions", options(scale::konsekvensLabel));
        model.addAttribute("plan", plans.plan(year));
        model.addAttribute("placements", Risk.Placement.values());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("actions", risk == null ? List.of() : register.riskActions(risk.id()));
        return "internalcontrol/risk";
    }

    /** The 1–4 scale as select options, value → "3 – Möjlig". */
    private static Map<String, String> options(IntFunction<String> label) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int v = 1; v <= 4; v++) options.put(String.valueOf(v), label.apply(v));
        return options;
    }
}
