package se.arshjul.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import se.arshjul.validation.ActionRefusedException;
import se.arshjul.validation.InvalidInputException;

/**
 * The one place refusals and failures become pages: Swedish texts from the bundle, never a stack
 * trace. A refused form that its controller did not render again itself goes back to the page the
 * user came from with the messages; expected refusals are logged at INFO, only the unexpected at ERROR.
 */
@Controller
@ControllerAdvice
public class ErrorPages implements ErrorController {
    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final PageMessages errorsView;

    ErrorPages(PageMessages errorsView) {
        this.errorsView = errorsView;
    }

    /** Any method: Spring Security forwards a refused POST (e.g. a missing CSRF token) here as a POST. */
    @RequestMapping("/fel/403")
    ModelAndView forbidden() {
        return page(HttpStatus.FORBIDDEN, errorsView.message("error.403"));
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        if (status == null) status = HttpStatus.INTERNAL_SERVER_ERROR;
        if (request.getAttribute(RequestGuards.TOO_LARGE_FORM) != null) return page(status, errorsView.message("error.413.form"));
        return page(status, defaultMessage(status));
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND, errorsView.message(e.getMessage(), e.args()));
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e) {
        log.info("Refused: {}", e.getMessage());
        return page(HttpStatus.FORBIDDEN, errorsView.message(e.getMessage(), e.args()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badArgument(MethodArgumentTypeMismatchException e) {
        return page(HttpStatus.BAD_REQUEST, errorsView.message("error.badArgument", e.getName()));
    }

    /** Back to the referring page of this application with the messages; without one, a 422 page that lists them. */
    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalidInput(InvalidInputException e, HttpServletRequest request) {
        log.info("Input refused at {}: {}", request.getRequestURI(), e.getMessage());
        return back(request, HttpStatus.UNPROCESSABLE_ENTITY, errorsView.summary(e.errors()));
    }

    /** Back to the referring page with the rule's message; without one, a 409 page that says it. */
    @ExceptionHandler(ActionRefusedException.class)
    ModelAndView refused(ActionRefusedException e, HttpServletRequest request) {
        log.info("Action refused at {}: {}", request.getRequestURI(), e.code());
        return back(request, HttpStatus.CONFLICT, errorsView.message(e.code(), e.args()));
    }

    /**
     * A unique index refused a second copy of something, or a concurrent transaction held it (a double
     * submit, two users starting the same year at once; H2 reports the latter as a lock timeout, and
     * Spring Data wraps either): the first one won, nothing of this request was saved.
     */
    private static boolean concurrentDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataIntegrityViolationException || t instanceof ConcurrencyFailureException || t instanceof QueryTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static ModelAndView back(HttpServletRequest request, HttpStatus status, String message) {
        String back = SameOrigin.path(request, request.getHeader("Referer"));
        if (back == null) return page(status, message);
        RequestContextUtils.getOutputFlashMap(request).put("error", message);
        return new ModelAndView("redirect:" + back);
    }

    String defaultMessage(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND, FORBIDDEN, BAD_REQUEST, METHOD_NOT_ALLOWED, PAYLOAD_TOO_LARGE -> errorsView.message("error." + status.value());
            default -> errorsView.message("error.500");
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
    ModelAndView unexpected(Exception e, HttpServletRequest request) {
        if (concurrentDuplicate(e)) {
            log.warn("Refused as a concurrent duplicate at {}: {}", request.getRequestURI(), e.getMessage());
            return back(request, HttpStatus.CONFLICT, errorsView.message("error.duplicate"));
        }
        if (e instanceof org.springframework.web.ErrorResponse known) {
            HttpStatus status = HttpStatus.resolve(known.getStatusCode().value());
            if (status != null && status.is4xxClientError()) {
                log.info("Refused with {}: {}", status.value(), e.getMessage());
                return page(status, defaultMessage(status));
            }
        }
        log.error("Unexpected error", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, defaultMessage(HttpStatus.INTERNAL_SERVER_ERROR));
    }
}
