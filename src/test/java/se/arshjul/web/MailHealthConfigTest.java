package se.arshjul.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.mail.MailHealthContributorAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

/** With the shipped application.yml the mail health check exists only when mail is switched on, so /actuator/health is UP without SMTP. */
class MailHealthConfigTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class, MailHealthContributorAutoConfiguration.class))
            .withInitializer(context -> {
                try {
                    new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                            .forEach(source -> context.getEnvironment().getPropertySources().addLast(source));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });

    @Test
    void noMailHealthCheckWhenMailIsOff() {
        runner.run(context -> assertThat(context).doesNotHaveBean("mailHealthContributor"));
    }

    @Test
    void mailHealthCheckWhenMailIsOn() {
        runner.withPropertyValues("arshjul.mail.enabled=true")
                .run(context -> assertThat(context).hasBean("mailHealthContributor"));
    }
}
