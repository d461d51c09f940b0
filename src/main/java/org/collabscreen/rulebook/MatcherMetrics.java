package org.collabscreen.rulebook;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * The matchers' latency as Micrometer timers ({@code collabscreen.matcher}, tag {@code matcher}: institutions,
 * programmes, technology), one run per name or text a screening resolves; a name asked twice in one screening runs once.
 */
@Component
class MatcherMetrics implements MatcherTimings {

    private final Timer[] timers = new Timer[Matcher.values().length];

    MatcherMetrics(MeterRegistry registry) {
        for (Matcher matcher : Matcher.values()) {
            timers[matcher.ordinal()] = Timer.builder("collabscreen.matcher")
                    .description("Time one run of a matcher takes against the current rulebook")
                    .tag("matcher", matcher.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }

    @Override
    public void record(Matcher matcher, long nanos) {
        timers[matcher.ordinal()].record(nanos, TimeUnit.NANOSECONDS);
    }
}
