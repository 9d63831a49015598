package se.arshjul.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Swedish error pages; never a stack trace. */
@Controller
@ControllerAdvice
public class ErrorPages implements ErrorController {
    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    /** Any method: Spring Security forwards a refused POST (e.g. a missing CSRF token) here as a POST. */
    @RequestMapping("/fel/403")
    ModelAndView forbidden() {
        return page(HttpStatus.FORBIDDEN, "Du saknar behörighet till den här sidan eller åtgärden.");
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        if (status == null) status = HttpStatus.INTERNAL_SERVER_ERROR;
        return page(status, defaultMessage(status));
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e) {
        return page(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badArgument(MethodArgumentTypeMismatchException e) {
        return page(HttpStatus.BAD_REQUEST, "Felaktigt värde i adressen: " + e.getName() + ".");
    }

    static String defaultMessage(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Sidan finns inte.";
            case FORBIDDEN -> "Du saknar behörighet till den här sidan eller åtgärden.";
            case BAD_REQUEST -> "Felaktig begäran.";
            case METHOD_NOT_ALLOWED -> "Åtgärden är inte tillåten här.";
            case PAYLOAD_TOO_LARGE -> "Filen är för stor.";
            default -> "Ett oväntat fel inträffade. Försök igen, och kontakta systemförvaltaren om felet kvarstår.";
        };
    }

    static ModelAndView page(HttpStatus status, String message) {
        ModelAndView mav = new ModelAndView("error/page");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("message", message);
        return mav;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        if (e instanceof org.springframework.web.ErrorResponse known) {
            HttpStatus status = HttpStatus.resolve(known.getStatusCode().value());
            if (status != null && status.is4xxClientError()) {
                return page(status, defaultMessage(status));
            }
        }
        log.error("Oväntat fel", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, defaultMessage(HttpStatus.INTERNAL_SERVER_ERROR));
    }
}
