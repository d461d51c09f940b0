package org.collabscreen.security;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Records the key events the application publishes, and whether each came within a transaction. */
@Component
class RecordedKeyEvents {

    /** An event and whether a transaction was active when it was published. */
    record Recorded(Object event, boolean inTransaction) {}

    private final List<Recorded> events = new CopyOnWriteArrayList<>();

    @EventListener({ApiKeyCreated.class, ApiKeyRevoked.class})
    void on(Object event) {
        events.add(new Recorded(event, TransactionSynchronizationManager.isActualTransactionActive()));
    }

    List<Recorded> all() {
        return List.copyOf(events);
    }
}
