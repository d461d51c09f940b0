package org.collabscreen.rulebook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands out the current rulebook snapshot. It checks the database's revision at most once a second, so a change
 * made through any instance is picked up by every instance; it never trusts its own cache alone. One caller at a
 * time checks while the others keep using the snapshot they have, so a slow database never queues requests here.
 */
@Service
public class RulebookSnapshots {

    private static final Logger log = LoggerFactory.getLogger(RulebookSnapshots.class);
    private static final Duration REVISION_CHECK_INTERVAL = Duration.ofSeconds(1);

    private static final int PAST_REVISIONS_KEPT = 4;

    private final RulebookSnapshotLoader loader;
    private final Clock clock;
    private final Map<Integer, RulebookSnapshot> pastRevisions = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, RulebookSnapshot> eldest) {
            return size() > PAST_REVISIONS_KEPT;
        }
    };
    private final AtomicBoolean checking = new AtomicBoolean();
    private final AtomicInteger committedHere = new AtomicInteger();
    private volatile RulebookSnapshot snapshot;
    private volatile Instant checkedAt = Instant.MIN;

    RulebookSnapshots(RulebookSnapshotLoader loader) {
        this.loader = loader;
        this.clock = Clock.systemUTC();
    }

    /** Compiles the rulebook before the first request needs it; if the database fails now, the first request retries. */
    @EventListener(ApplicationReadyEvent.class)
    void compileOnStart() {
        try {
            RulebookSnapshot compiled = current();
            log.info(
                    "Rulebook revision {} compiled: {} institutions, {} technology categories, {} talent programmes",
                    compiled.revision(),
                    compiled.institutions().size(),
                    compiled.technologyCategories().size(),
                    compiled.talentProgrammes().size());
        } catch (DataAccessException e) {
            log.warn("Could not compile the rulebook at start-up; the first screening will: {}", e.getMessage());
        }
    }

    /** A change committed through this instance is used by its very next screening, not up to a second later. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void recheckAfter(RulebookRevised revised) {
        committedHere.accumulateAndGet(revised.revision(), Math::max);
    }

    public RulebookSnapshot current() {
        RulebookSnapshot current = snapshot;
        if (current == null || current.revision() < committedHere.get()) {
            return reload();
        }
        Instant now = clock.instant();
        if (now.isBefore(checkedAt.plus(REVISION_CHECK_INTERVAL)) || !checking.compareAndSet(false, true)) {
            return current;
        }
        try {
            if (loader.currentRevision() != current.revision()) {
                install(loader.load());
            }
        } catch (DataAccessException e) {
            log.warn(
                    "Could not check the rulebook revision; keeping revision {}: {}",
                    current.revision(),
                    e.getMessage());
        } finally {
            checkedAt = now;
            checking.set(false);
        }
        return snapshot;
    }

    /** The rulebook as it stood at a revision, rebuilt from the database; the last few are kept compiled. */
    public Optional<RulebookSnapshot> asOf(int revision) {
        RulebookSnapshot latest = snapshot;
        if (latest != null && latest.revision() == revision) {
            return Optional.of(latest);
        }
        synchronized (pastRevisions) {
            RulebookSnapshot kept = pastRevisions.get(revision);
            if (kept != null) {
                return Optional.of(kept);
            }
        }
        Optional<RulebookSnapshot> loaded = loader.load(revision);
        loaded.ifPresent(past -> {
            synchronized (pastRevisions) {
                pastRevisions.put(revision, past);
            }
        });
        return loaded;
    }

    /**
     * Loads the latest revision when there is none yet or this instance committed a newer one: callers wait for it
     * rather than screen against a rulebook older than a change they may have just made.
     */
    private synchronized RulebookSnapshot reload() {
        RulebookSnapshot current = snapshot;
        if (current != null && current.revision() >= committedHere.get()) {
            return current;
        }
        try {
            install(loader.load());
            checkedAt = clock.instant();
        } catch (DataAccessException e) {
            if (current == null) {
                throw e;
            }
            log.warn("Could not reload the rulebook; keeping revision {}: {}", current.revision(), e.getMessage());
        }
        return snapshot;
    }

    /** Never replaces a snapshot with an older one that a slower concurrent load produced. */
    private synchronized void install(RulebookSnapshot loaded) {
        if (snapshot == null || loaded.revision() > snapshot.revision()) {
            snapshot = loaded;
        }
    }
}
