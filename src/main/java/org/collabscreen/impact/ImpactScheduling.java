package org.collabscreen.impact;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs the change-impact worker at a fixed delay. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ImpactProperties.class)
class ImpactScheduling implements SchedulingConfigurer {

    private final RevisionImpactWorker worker;
    private final ImpactProperties properties;

    ImpactScheduling(RevisionImpactWorker worker, ImpactProperties properties) {
        this.worker = worker;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(worker::runPending, properties.pollInterval());
    }
}
