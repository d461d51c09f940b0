package org.collabscreen.rulebook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.collabscreen.cluster.ChangeNotifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands out the current rulebook snapshot. Every instance is notified of a new revision when it commits (PostgreSQL
 * {@code NOTIFY} on {@link #CHANNEL}) and compiles it at once; as a fallback for a lost notification it also checks the
 * database's revision at most once a second while serving requests, and after its listener reconnects; it never
 * trusts its own cache alone. Rulebooks are
 * compiled on one background thread, one at a time, each revision once however many callers ask: a newer revision
 * found by the check is compiled while requests keep using the snapshot they have; a past revision asked for with
 * {@code asOfRevision} is compiled there while its callers wait, and kept in a cache bounded by the names it holds.
 */
@Service
public class RulebookSnapshots implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RulebookSnapshots.class);
    private static final Duration REVISION_CHECK_INTERVAL = Duration.ofSeconds(1);

    /** The notification channel of new revisions; the payload is the revision's number. */
    static final String CHANNEL = "collabscreen_rulebook_revised";

    private final RulebookSnapshotLoader loader;
    private final ServedRevisions served;
    private final Clock clock;
    /** One thread for the latest revision, one for past ones: at most two compilations in memory at once. */
    private final ExecutorService latestCompiler =
            Executors.newSingleThreadExecutor(task -> new Thread(task, "rulebook-compiler"));

    private final ExecutorService pastCompiler =
            Executors.newSingleThreadExecutor(task -> new Thread(task, "rulebook-past-compiler"));
    private final AsyncLoadingCache<Integer, RulebookSnapshot> revisions;
    private final AtomicInteger committedHere = new AtomicInteger();
    private volatile RulebookSnapshot snapshot;
    private volatile Instant checkedAt = Instant.MIN;
    private CompletableFuture<RulebookSnapshot> latest;

    RulebookSnapshots(
            RulebookSnapshotLoader loader,
            RulebookSnapshotProperties properties,
            ChangeNotifications notifications,
            ServedRevisions served) {
        this.loader = loader;
        this.served = served;
        this.clock = Clock.systemUTC();
        // A revision that does not exist loads as null, which the cache does not keep: it may exist later.
        this.revisions = Caffeine.newBuilder()
                .maximumWeight(properties.pastRevisionsMaxNames())
                .weigher((Integer revision, RulebookSnapshot compiled) -> compiled.names())
                .executor(pastCompiler)
                .buildAsync(revision -> loader.load(revision).orElse(null));
        notifications.subscribe(CHANNEL, revision -> compileLatestInBackground(), this::compileLatestInBackground);
    }

    /** The revision this instance screens with now; empty before its first compilation. */
    public Optional<Integer> servedRevision() {
        RulebookSnapshot current = snapshot;
        return current == null ? Optional.empty() : Optional.of(current.revision());
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
        if (isBehind(current)) {
            return awaitLatest(current);
        }
        Instant now = clock.instant();
        if (!now.isBefore(checkedAt.plus(REVISION_CHECK_INTERVAL))) {
            checkedAt = now;
            compileLatestInBackground();
        }
        return current;
    }

    /** The rulebook as it stood at a revision, rebuilt from the database; empty when there is no such revision. */
    public Optional<RulebookSnapshot> asOf(int revision) {
        RulebookSnapshot current = snapshot;
        if (current != null && current.revision() == revision) {
            return Optional.of(current);
        }
        CompletableFuture<RulebookSnapshot> loading = revisions.get(revision);
        RulebookSnapshot compiled = join(loading);
        if (compiled == null) {
            // Caffeine drops a load that gave null only after its callers may have seen it: drop it now, so that
            // the next call, once the revision exists, does not get this answer again.
            revisions.asMap().remove(revision, loading);
        }
        return Optional.ofNullable(compiled);
    }

    @Override
    public void destroy() {
        latestCompiler.shutdownNow();
        pastCompiler.shutdownNow();
    }

    /**
     * Waits for the latest revision when there is none yet or this instance committed a newer one: callers wait for
     * it rather than screen against a rulebook older than a change they may have just made.
     */
    private RulebookSnapshot awaitLatest(RulebookSnapshot current) {
        try {
            // A compilation under way may have read the revision before this instance's commit: then one more.
            for (int attempt = 0; attempt < 2 && isBehind(snapshot); attempt++) {
                join(latestCompilation());
            }
            checkedAt = clock.instant();
        } catch (DataAccessException e) {
            if (current == null) {
                throw e;
            }
            log.warn("Could not reload the rulebook; keeping revision {}: {}", current.revision(), e.getMessage());
        }
        return snapshot;
    }

    private boolean isBehind(RulebookSnapshot current) {
        return current == null || current.revision() < committedHere.get();
    }

    /** Checks the revision and compiles a newer one on the compiler thread; requests go on with the snapshot they have. */
    private void compileLatestInBackground() {
        latestCompilation().exceptionally(e -> {
            log.warn("Could not check or compile the latest rulebook revision: {}", e.getMessage());
            return null;
        });
    }

    /** The compilation of the latest revision under way, or a new one: concurrent callers share it. */
    private synchronized CompletableFuture<RulebookSnapshot> latestCompilation() {
        if (latest == null || latest.isDone()) {
            latest = CompletableFuture.supplyAsync(this::loadLatest, latestCompiler);
        }
        return latest;
    }

    private RulebookSnapshot loadLatest() {
        RulebookSnapshot current = snapshot;
        if (current != null && loader.currentRevision() == current.revision()) {
            return current;
        }
        long started = System.nanoTime();
        RulebookSnapshot loaded = loader.load();
        install(loaded);
        served.installed(snapshot.revision());
        if (current != null) {
            log.info(
                    "Rulebook revision {} compiled in {} ms",
                    loaded.revision(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return loaded;
    }

    /** Never replaces a snapshot with an older one. */
    private synchronized void install(RulebookSnapshot loaded) {
        if (snapshot == null || loaded.revision() > snapshot.revision()) {
            snapshot = loaded;
        }
    }

    /** The result, with the compiler's own exception (a database failure, say) rethrown as it was. */
    private static RulebookSnapshot join(CompletableFuture<RulebookSnapshot> compilation) {
        try {
            return compilation.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
