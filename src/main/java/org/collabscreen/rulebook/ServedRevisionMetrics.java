package org.collabscreen.rulebook;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The rulebook revision this instance screens with ({@code collabscreen.rulebook.revision}), read from
 * {@link RulebookSnapshots#servedRevision()} at each scrape (no value before the first compilation): instances that
 * differ for longer than a few seconds are not hearing about new revisions.
 */
@Component
class ServedRevisionMetrics implements MeterBinder {

    private final RulebookSnapshots snapshots;

    ServedRevisionMetrics(RulebookSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(
                        "collabscreen.rulebook.revision",
                        snapshots,
                        served -> served.servedRevision()
                                .map(Integer::doubleValue)
                                .orElse(Double.NaN))
                .description("The rulebook revision this instance screens with")
                .register(registry);
    }
}
