package org.collabscreen.cluster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The change listener's connection.
 *
 * @param reconnectDelay   the wait before it reconnects after losing its connection
 * @param livenessInterval how long it waits without a notification before it checks its connection
 */
@Validated
@ConfigurationProperties("collabscreen.cluster.notifications")
record NotificationProperties(
        @DefaultValue("1s") Duration reconnectDelay,
        @DefaultValue("10s") Duration livenessInterval) {}
