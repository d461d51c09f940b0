package org.collabscreen.proposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Group commit: writes that arrive together are stored with one call, in one transaction, instead of one each. A
 * request hands its item over and waits; a writer thread takes every item waiting (up to a bound) and stores them
 * together, so the per-transaction cost (round trips, commit, WAL flush) is shared. A request still gets its answer
 * only after that commit: an acknowledged write is as durable as before.
 *
 * <p>Items of different groups ({@code groupOf}, e.g. their actor) never share a call. When a call fails and
 * {@code itemMayBeAtFault} says the failure may come from one item's data, each item is retried alone, so a bad item
 * fails only its own request; any other failure (the database down, say) fails the whole group at once. When
 * {@code storeUnreachable} says the store could not be reached at all, every item waiting by then fails at once as
 * well: it would only wait for the same failure, one writer's attempt after another.
 */
final class GroupCommit<T, R> {

    private final BlockingQueue<Pending<T, R>> waiting = new LinkedBlockingQueue<>();
    private final Function<List<T>, List<R>> store;
    private final Function<T, Object> groupOf;
    private final Predicate<RuntimeException> itemMayBeAtFault;
    private final Predicate<RuntimeException> storeUnreachable;
    private final int mostPerCall;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean stopped;

    GroupCommit(
            String name,
            int writerThreads,
            int mostPerCall,
            Function<List<T>, List<R>> store,
            Function<T, Object> groupOf,
            Predicate<RuntimeException> itemMayBeAtFault,
            Predicate<RuntimeException> storeUnreachable) {
        this.store = store;
        this.groupOf = groupOf;
        this.itemMayBeAtFault = itemMayBeAtFault;
        this.storeUnreachable = storeUnreachable;
        this.mostPerCall = mostPerCall;
        for (int i = 0; i < writerThreads; i++) {
            Thread writer = new Thread(this::writeWhileRunning, name + "-" + i);
            writer.setDaemon(true);
            writers.add(writer);
            writer.start();
        }
    }

    /** Stores the item with whatever else is waiting, and returns its result once committed; throws its failure. */
    R submit(T item) {
        Pending<T, R> pending = new Pending<>(item);
        waiting.add(pending);
        if (stopped && waiting.remove(pending)) {
            write(List.of(pending));
        }
        return pending.await();
    }

    /** How many items wait for a writer now. */
    int waiting() {
        return waiting.size();
    }

    /** Stops the writers once nothing is waiting, and writes what is left on the caller's thread. */
    void stop() {
        stopped = true;
        for (Thread writer : writers) {
            try {
                writer.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<Pending<T, R>> left = new ArrayList<>();
        waiting.drainTo(left);
        if (!left.isEmpty()) {
            write(left);
        }
    }

    private void writeWhileRunning() {
        while (!stopped || !waiting.isEmpty()) {
            Pending<T, R> first;
            try {
                first = waiting.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (first != null) {
                List<Pending<T, R>> taken = new ArrayList<>();
                taken.add(first);
                waiting.drainTo(taken, mostPerCall - 1);
                write(taken);
            }
        }
    }

    private void write(List<Pending<T, R>> taken) {
        Map<Object, List<Pending<T, R>>> groups = new LinkedHashMap<>();
        for (Pending<T, R> pending : taken) {
            groups.computeIfAbsent(groupOf.apply(pending.item), group -> new ArrayList<>())
                    .add(pending);
        }
        groups.values().forEach(this::writeGroup);
    }

    private void writeGroup(List<Pending<T, R>> group) {
        List<R> results;
        try {
            results = store.apply(group.stream().map(Pending::item).toList());
        } catch (RuntimeException e) {
            if (group.size() > 1 && itemMayBeAtFault.test(e)) {
                group.forEach(pending -> writeGroup(List.of(pending)));
            } else {
                group.forEach(pending -> pending.result.completeExceptionally(e));
                if (storeUnreachable.test(e)) {
                    failEveryoneWaiting(e);
                }
            }
            return;
        } catch (Error e) {
            group.forEach(pending -> pending.result.completeExceptionally(e));
            throw e;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).result.complete(results.get(i));
        }
    }

    private void failEveryoneWaiting(RuntimeException failure) {
        List<Pending<T, R>> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(pending -> pending.result.completeExceptionally(failure));
    }

    private record Pending<T, R>(T item, CompletableFuture<R> result) {

        Pending(T item) {
            this(item, new CompletableFuture<>());
        }

        R await() {
            try {
                return result.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }
}
