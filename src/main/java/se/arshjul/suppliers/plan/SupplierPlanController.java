package se.arshjul.suppliers.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arshjul.security.CurrentUser;
import se.arshjul.suppliers.followup.SupplierFollowupKind;
import se.arshjul.suppliers.registry.Agreement;
import se.arshjul.suppliers.registry.AgreementRegistry;
import se.arshjul.time.SwedishTime;
import se.arshjul.validation.InvalidInputException;
import se.arshjul.web.PageMessages;
import se.arshjul.web.NotFoundException;

/**
 * Plan för uppföljning och insyn: the three-year plan of a year, its lines, copying forward and
 * fastställ. Refusals of copy, fastställ and removal go back to the page with the message ({@code ErrorPages}).
 */
@Controller
@RequestMapping("/leverantorer/plan")
class SupplierPlanController {

    private final SupplierPlanReader reader;
    private final SupplierPlanEditor editor;
    private final SupplierPlanDecision decision;
    private final SupplierPlanAccess access;
    private final AgreementRegistry agreements;
    private final PageMessages messages;
    private final SwedishTime time;

    SupplierPlanController(SupplierPlanReader reader, SupplierPlanEditor editor, SupplierPlanDecision decision, SupplierPlanAccess access,
                           AgreementRegistry agreements, PageMessages messages, SwedishTime time) {
        this.reader = reader;
        this.editor = editor;
        this.decision = decision;
        this.access = access;
        this.agreements = agreements;
        this.messages = messages;
        this.time = time;
    }

    @GetMapping
    String current() {
        return "redirect:/leverantorer/plan/" + (time.today().getYear() + 1);
    }

    @GetMapping("/{year}")
    String show(@PathVariable int year, @RequestParam(defaultValue = "ar") String sort, @RequestParam(defaultValue = "asc") String dir,
                @RequestParam(required = false) Long andra, CurrentUser user, Model model) {
        checkYear(year);
        SupplierPlanItemForm form = andra != null ? SupplierPlanItemForm.of(reader.item(andra))
                : new SupplierPlanItemForm("", String.valueOf(year), SupplierFollowupKind.AVTALSUPPFOLJNING.name(),
                        SupplierPlanScope.ALLA.name(), "Q1", "");
        return page(year, sort, dir, andra, form, user, model);
    }

    @PostMapping("/{year}/rader")
    String saveItem(@PathVariable int year, @RequestParam(required = false) Long itemId, SupplierPlanItemForm form,
                    CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes flash) {
        checkYear(year);
        try {
            editor.saveItem(year, itemId, form, user);
            flash.addFlashAttribute("success", messages.message(itemId == null ? "supplier.plan.lineAdded" : "supplier.plan.lineChanged"));
            return "redirect:/leverantorer/plan/" + year;
        } catch (InvalidInputException e) {
            messages.rejected(model, e, response);
            return page(year, "ar", "asc", itemId, form, user, model);
        }
    }

    @PostMapping("/{year}/rader/{itemId}/ta-bort")
    String deleteItem(@PathVariable int year, @PathVariable long itemId, CurrentUser user, RedirectAttributes flash) {
        editor.deleteItem(year, itemId, user);
        flash.addFlashAttribute("success", messages.message("supplier.plan.lineRemoved"));
        return "redirect:/leverantorer/plan/" + year;
    }

    @PostMapping("/{year}/kopiera")
    String copyForward(@PathVariable int year, CurrentUser user, RedirectAttributes flash) {
        checkYear(year);
        SupplierPlan next = decision.copyForward(year, user);
        flash.addFlashAttribute("success", messages.message("supplier.plan.copied", String.valueOf(next.planYear())));
        return "redirect:/leverantorer/plan/" + next.planYear();
    }

    @PostMapping("/{year}/faststall")
    String establish(@PathVariable int year, CurrentUser user, RedirectAttributes flash) {
        checkYear(year);
        decision.establish(year, user);
        flash.addFlashAttribute("success", messages.message("supplier.plan.established", String.valueOf(year)));
        return "redirect:/leverantorer/plan/" + year;
    }

    private String page(int year, String sort, String dir, Long editId, SupplierPlanItemForm form, CurrentUser user, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("plan", reader.plan(year).orElse(null));
        model.addAttribute("rows", reader.items(year, sort, "desc".equals(dir), user));
        model.addAttribute("sort", sort);
        model.addAttribute("dir", dir);
        model.addAttribute("editId", editId);
        model.addAttribute("form", form);
        List<Agreement> plannable = agreements.allAgreements().stream().filter(a -> access.canPlan(a, user)).toList();
        Map<String, String> agreementOptions = new LinkedHashMap<>();
        plannable.forEach(a -> agreementOptions.put(String.valueOf(a.id()), a.name()));
        model.addAttribute("agreementOptions", agreementOptions);
        Map<String, String> yearOptions = new LinkedHashMap<>();
        IntStream.range(year, year + SupplierPlanService.YEARS).forEach(y -> yearOptions.put(String.valueOf(y), String.valueOf(y)));
        model.addAttribute("yearOptions", yearOptions);
        model.addAttribute("kindOptions", messages.options(SupplierFollowupKind.values(), k -> "supplier.kind." + k.name()));
        model.addAttribute("scopeOptions", messages.options(SupplierPlanScope.values(), s -> "supplier.scope." + s.name()));
        Map<String, String> periodOptions = new LinkedHashMap<>();
        SupplierPlanItem.PERIODS.forEach(p -> periodOptions.put(p, messages.message("supplier.period." + p)));
        model.addAttribute("periodOptions", periodOptions);
        model.addAttribute("canEstablish", access.canEstablish(user));
        model.addAttribute("canEdit", !plannable.isEmpty());
        return "suppliers/plan";
    }

    private void checkYear(int year) {
        if (year < 2000 || year > time.today().getYear() + 100) {
            throw new NotFoundException("supplier.plan.noPlan", String.valueOf(year));
        }
    }
}
