package org.collabscreen.rulebook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;

/**
 * Hands out the current rulebook snapshot. It checks the database's revision at most once a second, so a change
 * made through any instance is picked up by every instance; it never trusts its own cache alone.
 */
@Service
public class RulebookSnapshots {

    private static final Duration REVISION_CHECK_INTERVAL = Duration.ofSeconds(1);

    private final RulebookSnapshotLoader loader;
    private final Clock clock;
    private volatile RulebookSnapshot snapshot;
    private volatile Instant checkedAt = Instant.MIN;

    RulebookSnapshots(RulebookSnapshotLoader loader) {
        this.loader = loader;
        this.clock = Clock.systemUTC();
    }

    public RulebookSnapshot current() {
        Instant now = clock.instant();
        RulebookSnapshot current = snapshot;
        if (current != null && now.isBefore(checkedAt.plus(REVISION_CHECK_INTERVAL))) {
            return current;
        }
        return refresh(now);
    }

    private synchronized RulebookSnapshot refresh(Instant now) {
        if (snapshot == null || loader.currentRevision() != snapshot.revision()) {
            snapshot = loader.load();
        }
        checkedAt = now;
        return snapshot;
    }
}
