package se.arshjul.internalcontrol;

import static se.arshjul.internalcontrol.InternalControlYears.check;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arshjul.security.CurrentUser;
import se.arshjul.time.SwedishTime;
import se.arshjul.web.PageMessages;

/**
 * The year's internal control plan as a whole: the overview with risk register and heat map, the
 * threshold, the decision, and the follow-up dashboard with the year-end carry-over. Refusals go
 * back to the page through {@code ErrorPages}.
 */
@Controller
@RequestMapping("/internkontroll")
class InternalControlController {

    private final InternalControlPlanService plans;
    private final RiskRegister register;
    private final KontrollmomentService controls;
    private final InternalControlDashboard dashboard;
    private final YearEndCarryOver carryOver;
    private final InternalControlAccess access;
    private final RiskScale scale;
    private final PageMessages texts;
    private final SwedishTime times;

    InternalControlController(InternalControlPlanService plans, RiskRegister register, KontrollmomentService controls,
                              InternalControlDashboard dashboard, YearEndCarryOver carryOver, InternalControlAccess access,
                              RiskScale scale, PageMessages texts, SwedishTime times) {
        this.plans = plans;
        this.register = register;
        this.controls = controls;
        this.dashboard = dashboard;
        this.carryOver = carryOver;
        this.access = access;
        this.scale = scale;
        this.texts = texts;
        this.times = times;
    }

    @GetMapping
    String current() {
        return "redirect:/internkontroll/" + times.today().getYear();
    }

    @GetMapping("/{year}")
    String overview(@PathVariable int year, CurrentUser user, Model model) {
        List<Risk> risks = register.risks(check(year));
        model.addAttribute("year", year);
        model.addAttribute("plan", plans.plan(year));
        model.addAttribute("canEdit", access.canEdit(user));
        model.addAttribute("risks", risks);
        model.addAttribute("riskActions", riskActions(risks));
        model.addAttribute("heatMap", HeatMap.of(risks));
        model.addAttribute("scale", scale);
        model.addAttribute("auditActions", register.auditActions(year));
        model.addAttribute("controls", controls.controls(year));
        return "internalcontrol/overview";
    }

    @PostMapping("/{year}/grans")
    String threshold(@PathVariable int year, @RequestParam(required = false) String threshold, CurrentUser user, RedirectAttributes flash) {
        plans.setThreshold(check(year), threshold, user);
        flash.addFlashAttribute("success", texts.message("ic.plan.threshold.saved"));
        return "redirect:/internkontroll/" + year;
    }

    @PostMapping("/{year}/faststall")
    String decide(@PathVariable int year, @RequestParam(required = false) String note, CurrentUser user, RedirectAttributes flash) {
        plans.decide(check(year), note, user);
        flash.addFlashAttribute("success", texts.message("ic.plan.decided", String.valueOf(year)));
        return "redirect:/internkontroll/" + year;
    }

    @PostMapping("/{year}/overforing")
    String carryOver(@PathVariable int year, @RequestParam(name = "items", required = false) List<String> items,
                     CurrentUser user, RedirectAttributes flash) {
        int n = carryOver.carryOver(check(year), items, user).size();
        flash.addFlashAttribute("success", texts.message("ic.carryOver.done", n, String.valueOf(year + 1)));
        return "redirect:/internkontroll/" + year + "/uppfoljning#overforing";
    }

    @GetMapping("/{year}/uppfoljning")
    String dashboard(@PathVariable int year, CurrentUser user, Model model) {
        List<InternalControlDashboard.ControlStatus> rows = dashboard.rows(check(year));
        List<Risk> risks = register.risks(year);
        model.addAttribute("canEdit", access.canEdit(user));
        model.addAttribute("candidates", carryOver.candidates(year));
        model.addAttribute("carried", carryOver.recorded(year));
        model.addAttribute("year", year);
        model.addAttribute("plan", plans.plan(year));
        model.addAttribute("rows", rows);
        model.addAttribute("totals", InternalControlDashboard.totals(rows));
        model.addAttribute("risks", risks);
        model.addAttribute("riskActions", riskActions(risks));
        return "internalcontrol/dashboard";
    }

    private Map<Long, List<RiskAction>> riskActions(List<Risk> risks) {
        return risks.stream().collect(Collectors.toMap(Risk::id, r -> register.riskActions(r.id())));
    }
}
