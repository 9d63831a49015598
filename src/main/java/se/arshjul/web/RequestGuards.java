package se.arshjul.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests refused before they reach a controller still get a Swedish page and a 4xx, never a 500
 * with a stack trace in the log: odd paths the firewall rejects ({@code /engine-rest;x=1/engine})
 * ({@code /./engine-rest}) answer 400, and a form body larger than Tomcat parses answers 413 with a size message instead of
 * the 403 a lost CSRF token would give.
 */
@Configuration
class RequestGuards {
    static final String TOO_LARGE_FORM = "arshjul.tooLargeForm";

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(HttpStatus.BAD_REQUEST.value());
    }

    /** Path parameters and unnormalised segments: no page of ours has them, and the servlets behind would fail on them. */
    static boolean oddPath(String uri) {
        return uri.contains(";") || uri.contains("/./") || uri.contains("/../") || uri.endsWith("/.") || uri.endsWith("/..") || uri.contains("//");
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> formSizeLimit(@Value("${server.tomcat.max-http-form-post-size:2MB}")
                                                               org.springframework.util.unit.DataSize limit) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (oddPath(request.getRequestURI())) {
                    response.sendError(HttpStatus.BAD_REQUEST.value());
                    return;
                }
                String type = request.getContentType();
                if (type != null && type.startsWith("application/x-www-form-urlencoded") && request.getContentLengthLong() > limit.toBytes()) {
                    request.setAttribute(TOO_LARGE_FORM, Boolean.TRUE);
                    response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
