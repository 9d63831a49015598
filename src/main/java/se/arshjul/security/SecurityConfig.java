package se.arshjul.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Three filter chains: the engine REST API (HTTP Basic, admins only, no session), the Camunda
 * webapps (admins only; they bring their own CSRF protection and CSP) and the application itself.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    static final String APP_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; font-src 'self' data:; frame-ancestors 'self'; form-action 'self'; object-src 'none'";

    /** Plain path matching: the REST API and the webapps are not served by Spring MVC's dispatcher. */
    private static org.springframework.security.web.util.matcher.RequestMatcher path(String pattern) {
        return org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Groups.ADMIN))
                .httpBasic(b -> b.realmName("Arshjul engine-rest").authenticationEntryPoint(SecurityConfig::restUnauthorized))
                // Answer 401/403 directly: an error dispatch would try to parse the multipart body of
                // e.g. POST /engine-rest/deployment/create outside Jersey and fail with a 500.
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfig::restUnauthorized)
                        .accessDeniedHandler((request, response, ex) -> restError(response, 403, "Forbidden", "Administrators only.")))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    private static void restUnauthorized(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                         org.springframework.security.core.AuthenticationException ex) throws java.io.IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Arshjul engine-rest\"");
        restError(response, 401, "Unauthorized", "Authentication required (HTTP Basic).");
    }

    private static void restError(jakarta.servlet.http.HttpServletResponse response, int status, String type, String message) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}");
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Groups.ADMIN))
                .formLogin(f -> f.loginPage("/login"))
                // Cockpit, Tasklist and Admin use their own CSRF filter and security headers.
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .exceptionHandling(e -> e.accessDeniedPage("/fel/403"));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain applicationPages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/vendor/**", "/favicon.ico",
                                "/fel/**", "/error", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/**").hasRole(Groups.ADMIN)
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(new LoginFailureHandler()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?utloggad").deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .csrf(Customizer.withDefaults())
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(APP_CSP))
                        .frameOptions(f -> f.sameOrigin())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(e -> e.accessDeniedPage("/fel/403"));
        return http.build();
    }
}
