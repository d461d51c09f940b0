package org.collabscreen.security;

import org.collabscreen.cluster.ChangeNotifications;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link ApiKeyCache} forget a key that any instance changed ({@link ApiKeyChanges}), as PostgreSQL
 * notifies it; after the listening connection was lost, it forgets every key, since notifications sent meanwhile are
 * lost. Until then the cache's time-to-live bounds how long a revoked key can still pass.
 */
@Component
class ApiKeyChangeListener {

    private final ChangeNotifications notifications;
    private volatile String lastReceived;

    ApiKeyChangeListener(ChangeNotifications notifications, ApiKeyCache cache) {
        this.notifications = notifications;
        notifications.subscribe(
                ApiKeyChanges.CHANNEL,
                keyHash -> {
                    cache.invalidate(keyHash);
                    lastReceived = keyHash;
                },
                cache::invalidateAll);
    }

    /** Whether the instance's change listener holds a live connection with LISTEN in effect. */
    boolean listening() {
        return notifications.listening();
    }

    /** The payload (a key's hash) of the last change notification this instance was told of; null before the first. */
    String lastReceived() {
        return lastReceived;
    }
}
