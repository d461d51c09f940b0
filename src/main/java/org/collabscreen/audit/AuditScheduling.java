package org.collabscreen.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs the sealer at a fixed delay on a scheduler thread, never on a request thread. */
@Configuration(proxyBeanMethods = false)
class AuditScheduling implements SchedulingConfigurer {

    private final AuditSealer sealer;
    private final AuditProperties properties;

    AuditScheduling(AuditSealer sealer, AuditProperties properties) {
        this.sealer = sealer;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (properties.sealerEnabled()) {
            tasks.addFixedDelayTask(sealer::sealPending, properties.sealInterval());
        }
    }
}
