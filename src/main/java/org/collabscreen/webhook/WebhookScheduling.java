package org.collabscreen.webhook;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs the delivery worker every {@code collabscreen.webhooks.poll-interval} unless delivery is disabled. */
@Configuration(proxyBeanMethods = false)
class WebhookScheduling implements SchedulingConfigurer {

    private final WebhookDeliveryWorker worker;
    private final WebhookProperties properties;

    WebhookScheduling(WebhookDeliveryWorker worker, WebhookProperties properties) {
        this.worker = worker;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.deliveryEnabled()) {
            registrar.addFixedDelayTask(this::deliverUntilNothingIsDue, properties.pollInterval());
        }
    }

    private void deliverUntilNothingIsDue() {
        while (worker.deliverDue() == properties.claimSize()) {
            Thread.yield();
        }
    }
}
