package org.collabscreen.proposal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps batches in the background while single proposals are being submitted. A batch screens its items in slices;
 * while any single POST is in flight, each slice is screened on the batch's own thread alone and followed by a pause,
 * so that the batch takes at most its share of the time ({@code collabscreen.batch.share-beside-single-posts}) and the
 * single POSTs, whose callers wait for each one, keep the rest. Alone, a batch runs at full speed on every core. What
 * a batch answers and stores does not change, only when.
 */
@Component
class BatchPacing {

    private final AtomicInteger singlePosts = new AtomicInteger();
    private final double share;
    private final LongConsumer pause;

    @Autowired
    BatchPacing(BatchProperties properties) {
        this(properties.shareBesideSinglePosts(), BatchPacing::sleep);
    }

    BatchPacing(double share, LongConsumer pause) {
        this.share = share;
        this.pause = pause;
    }

    /** Runs a single POST's screening and storing, counted as in flight. */
    <T> T single(Supplier<T> post) {
        singlePosts.incrementAndGet();
        try {
            return post.get();
        } finally {
            singlePosts.decrementAndGet();
        }
    }

    /** Whether single POSTs are in flight, so a batch should screen its next slice on its own thread only. */
    boolean beside() {
        return singlePosts.get() > 0;
    }

    /** After a step of batch work that took {@code nanos}: pauses while single POSTs are in flight. */
    void after(long nanos) {
        if (share < 1 && beside()) {
            pause.accept((long) (nanos * (1 - share) / share));
        }
    }

    private static void sleep(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
