package se.arshjul.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's one clock: it reads the engine's clock, so a test that moves {@code ClockUtil}
 * moves timers, deadlines and every date the application shows together. The zone (default
 * Europe/Stockholm) is configuration ({@code arshjul.time-zone}); nothing else asks for the
 * system's zone or calls {@code now()} without this clock.
 */
@Component
public class EngineClock extends Clock {
    private final ZoneId zone;

    public EngineClock(@Value("${arshjul.time-zone:Europe/Stockholm}") ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new EngineClock(other);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
