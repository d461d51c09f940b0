package org.collabscreen.security;

import org.collabscreen.cluster.ChangeNotifications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Announces that a key changed, within the transaction that changes it: PostgreSQL delivers the notification to
 * every instance's {@link ApiKeyChangeListener} when, and only if, the transaction commits; this instance forgets the
 * key right after its commit, so its own next request already reads the new state.
 */
@Component
class ApiKeyChanges {

    static final String CHANNEL = "collabscreen_api_key_changed";

    private final ChangeNotifications notifications;
    private final ApiKeyCache cache;

    ApiKeyChanges(ChangeNotifications notifications, ApiKeyCache cache) {
        this.notifications = notifications;
        this.cache = cache;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void announce(String keyHash) {
        notifications.announce(CHANNEL, keyHash);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.invalidate(keyHash);
            }
        });
    }
}
