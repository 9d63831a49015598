package se.arshjul.attachments;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arshjul.security.CurrentUser;

/** Upload to a record, download and delete attachments; the owning feature's page shows them (fragments/attachments). */
@Controller
@RequestMapping("/bilagor")
class AttachmentController {

    private final AttachmentService service;

    AttachmentController(AttachmentService service) {
        this.service = service;
    }

    @PostMapping("/{type}/{ownerId}")
    String upload(@PathVariable String type, @PathVariable long ownerId, @RequestParam(name = "file", required = false) MultipartFile file,
                  CurrentUser user, RedirectAttributes flash) {
        try {
            Attachment a = service.upload(type, ownerId, file, user);
            flash.addFlashAttribute("success", "Bilagan " + a.fileName() + " är sparad.");
        } catch (AttachmentRejected e) {
            flash.addFlashAttribute("error", "Bilagan sparades inte. " + e.getMessage());
        }
        return "redirect:" + service.pageUrl(type, ownerId);
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id, CurrentUser user) {
        AttachmentService.Content c = service.download(id, user);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(c.attachment().contentType()))
                .contentLength(c.bytes().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(c.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(c.bytes());
    }

    @PostMapping("/{id}/ta-bort")
    String delete(@PathVariable long id, CurrentUser user, RedirectAttributes flash) {
        Attachment a = service.delete(id, user);
        flash.addFlashAttribute("success", "Bilagan " + a.fileName() + " är borttagen.");
        return "redirect:" + service.pageUrl(a.ownerType(), a.ownerId());
    }
}
