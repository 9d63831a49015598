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
import se.arshjul.validation.InvalidInputException;
import se.arshjul.web.PageMessages;

/**
 * Upload to a record, download and delete attachments; the owning feature's page shows them
 * (fragments/attachments). A refused upload returns to the record's page (known here, so it does
 * not rely on the Referer) with the message as the flash error.
 */
@Controller
@RequestMapping("/bilagor")
class AttachmentController {

    private final AttachmentService service;
    private final PageMessages texts;

    AttachmentController(AttachmentService service, PageMessages texts) {
        this.service = service;
        this.texts = texts;
    }

    @PostMapping("/{type}/{ownerId}")
    String upload(@PathVariable String type, @PathVariable long ownerId, @RequestParam(name = "file", required = false) MultipartFile file,
                  CurrentUser user, RedirectAttributes flash) {
        try {
            Attachment a = service.upload(type, ownerId, file, user);
            flash.addFlashAttribute("success", texts.message("attachment.saved", a.fileName()));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", texts.message("attachment.refused", texts.summary(e.errors())));
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
        flash.addFlashAttribute("success", texts.message("attachment.deleted", a.fileName()));
        return "redirect:" + service.pageUrl(a.ownerType(), a.ownerId());
    }
}
