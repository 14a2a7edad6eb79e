package se.kompetensresan.demo;

import org.springframework.context.ApplicationContext;

import java.util.concurrent.TimeUnit;

/** Tests on the demo world: waits until the demo journeys have walked to their stages (they run after start-up). */
public final class DemoReady {

    private DemoReady() {
    }

    /** Returns once every demo journey has reached its stage; fails with what stopped them. */
    public static void await(ApplicationContext ctx) throws Exception {
        ctx.getBean(DemoJourneys.class).outcome().get(3, TimeUnit.MINUTES);
    }
}
