package se.arshjul.attachments;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import se.arshjul.web.PageMessages;
import se.arshjul.web.NotFoundException;

/**
 * A file above the servlet's multipart limit (5 MB, application.yml) never reaches the controller:
 * the upload goes back to its record's page with the same message as the service's own check.
 * (The upload form carries the CSRF token in its URL as well, so the refused body does not turn
 * this into a CSRF 403.)
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private static final Pattern UPLOAD = Pattern.compile("/bilagor/([a-z-]+)/(\\d+)");

    private final AttachmentService service;
    private final PageMessages texts;

    UploadLimitAdvice(AttachmentService service, PageMessages texts) {
        this.service = service;
        this.texts = texts;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        Matcher m = UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (m.matches()) {
            try {
                String page = service.pageUrl(m.group(1), Long.parseLong(m.group(2)));
                RequestContextUtils.getOutputFlashMap(request).put("error",
                        texts.message("attachment.refused", texts.message("attachment.tooLarge")));
                return new ModelAndView("redirect:" + page);
            } catch (NotFoundException | NumberFormatException e) {
                // fall through to the error page
            }
        }
        ModelAndView mav = new ModelAndView("error/page");
        mav.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        mav.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
        mav.addObject("message", texts.message("attachment.tooLarge"));
        return mav;
    }
}
