package se.arshjul.suppliers.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arshjul.security.CurrentUser;
import se.arshjul.web.NotFoundException;
import se.arshjul.suppliers.ValidationFailed;
import se.arshjul.suppliers.followup.SupplierFollowupKind;
import se.arshjul.suppliers.followup.SupplierFollowupService;
import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.suppliers.registry.SupplierRegistry;

/** Plan för uppföljning och insyn: the three-year plan of a year, its lines, copying forward and fastställ. */
@Controller
@RequestMapping("/leverantorer/plan")
class SupplierPlanController {

    private final SupplierPlanService plans;
    private final SupplierRegistry registry;

    SupplierPlanController(SupplierPlanService plans, SupplierRegistry registry) {
        this.plans = plans;
        this.registry = registry;
    }

    @GetMapping
    String current() {
        return "redirect:/leverantorer/plan/" + (SupplierFollowupService.today().getYear() + 1);
    }

    @GetMapping("/{year}")
    String show(@PathVariable int year, @RequestParam(defaultValue = "ar") String sort, @RequestParam(defaultValue = "asc") String dir,
                @RequestParam(required = false) Long andra, CurrentUser user, Model model) {
        checkYear(year);
        SupplierPlanService.ItemForm form = new SupplierPlanService.ItemForm("", String.valueOf(year), "AVTALSUPPFOLJNING", "ALLA", "Q1", "");
        if (andra != null) {
            SupplierPlanItem item = plans.item(andra);
            form = SupplierPlanService.ItemForm.of(item);
        }
        return page(year, sort, dir, andra, form, Map.of(), user, model);
    }

    @PostMapping("/{year}/rader")
    String saveItem(@PathVariable int year, @RequestParam(required = false) Long itemId, SupplierPlanService.ItemForm form,
                    CurrentUser user, Model model, RedirectAttributes flash) {
        checkYear(year);
        try {
            plans.saveItem(year, itemId, form, user);
            flash.addFlashAttribute("success", itemId == null ? "Raden är tillagd i uppföljningsplanen." : "Raden är ändrad.");
            return "redirect:/leverantorer/plan/" + year;
        } catch (ValidationFailed e) {
            return page(year, "ar", "asc", itemId, form, e.errors(), user, model);
        }
    }

    @PostMapping("/{year}/rader/{itemId}/ta-bort")
    String deleteItem(@PathVariable int year, @PathVariable long itemId, CurrentUser user, RedirectAttributes flash) {
        try {
            plans.deleteItem(year, itemId, user);
            flash.addFlashAttribute("success", "Raden är borttagen.");
        } catch (ValidationFailed e) {
            flash.addFlashAttribute("error", String.join(" ", e.errors().values()));
        }
        return "redirect:/leverantorer/plan/" + year;
    }

    @PostMapping("/{year}/kopiera")
    String copyForward(@PathVariable int year, CurrentUser user, RedirectAttributes flash) {
        checkYear(year);
        try {
            SupplierPlan next = plans.copyForward(year, user);
            flash.addFlashAttribute("success", "Planen är kopierad till " + next.planYear() + ". Uppdatera raderna och fastställ planen.");
            return "redirect:/leverantorer/plan/" + next.planYear();
        } catch (ValidationFailed e) {
            flash.addFlashAttribute("error", String.join(" ", e.errors().values()));
            return "redirect:/leverantorer/plan/" + year;
        }
    }

    @PostMapping("/{year}/faststall")
    String establish(@PathVariable int year, CurrentUser user, RedirectAttributes flash) {
        checkYear(year);
        try {
            plans.establish(year, user);
            flash.addFlashAttribute("success", "Uppföljningsplanen " + year + " är fastställd. Uppföljningarna startas i sina planerade perioder.");
        } catch (ValidationFailed e) {
            flash.addFlashAttribute("error", String.join(" ", e.errors().values()));
        }
        return "redirect:/leverantorer/plan/" + year;
    }

    private String page(int year, String sort, String dir, Long editId, SupplierPlanService.ItemForm form, Map<String, String> errors,
                        CurrentUser user, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("plan", plans.plan(year).orElse(null));
        model.addAttribute("rows", plans.items(year, sort, "desc".equals(dir), user));
        model.addAttribute("sort", sort);
        model.addAttribute("dir", dir);
        model.addAttribute("editId", editId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        List<Agreement> plannable = registry.allAgreements().stream().filter(a -> plans.canPlan(a, user)).toList();
        model.addAttribute("agreements", plannable);
        model.addAttribute("years", IntStream.range(year, year + SupplierPlanService.YEARS).boxed().toList());
        model.addAttribute("kinds", SupplierFollowupKind.values());
        model.addAttribute("scopes", SupplierPlanScope.values());
        model.addAttribute("periods", SupplierPlanItem.Period.ALL.stream().map(p -> Map.of("id", p, "label", SupplierPlanItem.Period.label(p))).toList());
        model.addAttribute("canEstablish", plans.canEstablish(user));
        model.addAttribute("canEdit", !plannable.isEmpty());
        return "suppliers/plan";
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > LocalDate.now().getYear() + 100) {
            throw new NotFoundException("Det finns ingen uppföljningsplan för " + year + ".");
        }
    }
}
