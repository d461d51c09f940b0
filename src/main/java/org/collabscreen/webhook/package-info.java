/** Webhooks: subscriptions, an outbox of signed event deliveries written with the screening, and their delivery log. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Webhooks",
        allowedDependencies = {"casework", "proposal", "security", "web"})
package org.collabscreen.webhook;
