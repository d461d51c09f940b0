package org.collabscreen.impact;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The change-impact job's backlog ({@code collabscreen.impact.backlog}): rulebook revisions whose impact is still being
 * worked out, read from the database at each scrape, so every instance reports the cluster's one backlog.
 */
@Component
class ImpactBacklogMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    ImpactBacklogMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("collabscreen.impact.backlog", this, ImpactBacklogMetrics::pendingRevisions)
                .description("Rulebook revisions whose change impact is still being worked out")
                .register(registry);
    }

    private double pendingRevisions() {
        return jdbc.sql("select count(*) from revision_impact_job where status = 'PENDING'")
                .query(Long.class)
                .single();
    }
}
