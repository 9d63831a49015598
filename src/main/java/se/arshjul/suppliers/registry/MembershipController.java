package se.arshjul.suppliers.registry;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arshjul.security.CurrentUser;
import se.arshjul.web.PageMessages;

/**
 * Providers joining and leaving an agreement, from the agreement's page. A refused form goes back to
 * that page with the message ({@code ErrorPages}).
 */
@Controller
@RequestMapping("/leverantorer/avtal/{id}/utforare")
class MembershipController {

    private final MembershipRegistry memberships;
    private final PageMessages labels;

    MembershipController(MembershipRegistry memberships, PageMessages labels) {
        this.memberships = memberships;
        this.labels = labels;
    }

    @PostMapping
    String addMember(@PathVariable long id, @RequestParam(required = false) String providerId,
                     @RequestParam(required = false) String joinedOn, CurrentUser user, RedirectAttributes flash) {
        memberships.addMember(id, providerId, joinedOn, user);
        flash.addFlashAttribute("success", labels.message("supplier.member.added"));
        return "redirect:/leverantorer/avtal/" + id;
    }

    @PostMapping("/{memberId}/avsluta")
    String endMembership(@PathVariable long id, @PathVariable long memberId, @RequestParam(required = false) String leftOn,
                         @RequestParam(required = false) String leaveReason, @RequestParam(required = false) String leaveNote,
                         CurrentUser user, RedirectAttributes flash) {
        memberships.endMembership(id, memberId, leftOn, leaveReason, leaveNote, user);
        flash.addFlashAttribute("success", labels.message("supplier.member.left"));
        return "redirect:/leverantorer/avtal/" + id;
    }

    @PostMapping("/{memberId}/placeringar")
    String setPlacements(@PathVariable long id, @PathVariable long memberId, @RequestParam(defaultValue = "false") boolean hasPlacements,
                         CurrentUser user, RedirectAttributes flash) {
        memberships.setPlacements(id, memberId, hasPlacements, user);
        flash.addFlashAttribute("success", labels.message(hasPlacements ? "supplier.member.placementsMarked" : "supplier.member.placementsCleared"));
        return "redirect:/leverantorer/avtal/" + id;
    }
}
