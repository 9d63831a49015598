package se.arshjul.time;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the deadline defaults ({@code arshjul.deadlines.*}). */
@Configuration
@EnableConfigurationProperties(DeadlineDefaults.class)
class TimeConfiguration {
}
