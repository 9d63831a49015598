package se.arshjul.demo;

import java.io.IOException;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo once, in the order the parts need each other, and only with the {@code demo} profile
 * (the README's run command turns it on): each part is built through the services and processes, and
 * skips itself when its data already exists, so a restart changes nothing.
 */
@Component
@Profile("demo")
class DemoLoader {
    private final PlanDemo plans;
    private final CycleCalendarDemo calendars;
    private final InternalControlDemo internalControl;
    private final SupplierDemo suppliers;
    private final Vb2024Demo vb2024;

    DemoLoader(PlanDemo plans, CycleCalendarDemo calendars, InternalControlDemo internalControl, SupplierDemo suppliers,
               Vb2024Demo vb2024) {
        this.plans = plans;
        this.calendars = calendars;
        this.internalControl = internalControl;
        this.suppliers = suppliers;
        this.vb2024 = vb2024;
    }

    /** After the models are deployed and the users exist (DemoUsers, order 1). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void load() throws IOException {
        plans.load();
        calendars.load();
        internalControl.seedOnce();
        suppliers.loadOnce();
        vb2024.loadOnce();
    }
}
