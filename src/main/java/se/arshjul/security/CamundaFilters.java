package se.arshjul.security;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Hands the user Spring Security authenticated to Camunda: the webapps (no second login) and the
 * engine REST API (so history and the operation log name the real user). Both read the servlet
 * request's principal, which Spring Security sets.
 */
@Configuration
public class CamundaFilters {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
        var reg = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        reg.setInitParameters(Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
        reg.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        reg.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return reg;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestIdentity() {
        var reg = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        reg.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, ContainerBasedAuthenticationProvider.class.getName(),
                ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "/engine-rest"));
        reg.addUrlPatterns("/engine-rest/*");
        reg.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return reg;
    }
}
