package org.collabscreen.webhook;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The webhook targets' rules and the sender that applies them at delivery. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    WebhookTargets webhookTargets(WebhookProperties properties) {
        return new WebhookTargets(HostResolver.system(), properties.allowHttp(), properties.allowLoopback());
    }

    @Bean(destroyMethod = "")
    WebhookSender webhookSender(WebhookTargets targets, WebhookProperties properties) {
        return new WebhookSender(targets, properties);
    }
}
