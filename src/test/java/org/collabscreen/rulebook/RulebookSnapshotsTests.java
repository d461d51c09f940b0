package org.collabscreen.rulebook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.collabscreen.cluster.ChangeNotifications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class RulebookSnapshotsTests {

    private static final int CALLERS = 8;

    private final RulebookSnapshotLoader loader = mock(RulebookSnapshotLoader.class);
    private final ChangeNotifications notifications = mock(ChangeNotifications.class);
    private final RulebookSnapshots snapshots = new RulebookSnapshots(
            loader, new RulebookSnapshotProperties(1_000), notifications, mock(ServedRevisions.class));
    private final ExecutorService callers = Executors.newFixedThreadPool(CALLERS);

    @AfterEach
    void stop() {
        callers.shutdownNow();
        snapshots.destroy();
    }

    @Test
    void aNotifiedRevisionIsCompiledAtOnceWithoutWaitingForARequest() {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Consumer<String>> onRevision = ArgumentCaptor.forClass(Consumer.class);
        verify(notifications).subscribe(eq(RulebookSnapshots.CHANNEL), onRevision.capture(), any());
        RulebookSnapshot first = snapshot(1, 10);
        RulebookSnapshot second = snapshot(2, 10);
        when(loader.currentRevision()).thenReturn(2);
        when(loader.load()).thenReturn(first, second);
        assertThat(snapshots.current().revision()).isEqualTo(1);

        onRevision.getValue().accept("2");

        await().atMost(Duration.ofSeconds(5))
                .until(() -> snapshots.servedRevision().orElse(0) == 2);
        assertThat(snapshots.current().revision()).isEqualTo(2);
    }

    @Test
    void aPastRevisionAskedForByManyCallersAtOnceIsCompiledOnceOffTheirThreads() throws Exception {
        RulebookSnapshot past = snapshot(3, 10);
        CountDownLatch allAsking = new CountDownLatch(CALLERS);
        List<String> compiledOn = new CopyOnWriteArrayList<>();
        when(loader.load(3)).thenAnswer(invocation -> {
            compiledOn.add(Thread.currentThread().getName());
            allAsking.await();
            return Optional.of(past);
        });

        List<Future<Optional<RulebookSnapshot>>> answers = IntStream.range(0, CALLERS)
                .mapToObj(i -> callers.submit(() -> {
                    allAsking.countDown();
                    return snapshots.asOf(3);
                }))
                .toList();

        for (Future<Optional<RulebookSnapshot>> answer : answers) {
            assertThat(answer.get()).containsSame(past);
        }
        verify(loader, times(1)).load(3);
        assertThat(compiledOn).containsExactly("rulebook-past-compiler");
    }

    @Test
    void anUnknownRevisionIsNotRememberedAsUnknown() {
        RulebookSnapshot later = snapshot(9, 10);
        when(loader.load(9)).thenReturn(Optional.empty(), Optional.of(later));

        assertThat(snapshots.asOf(9)).isEmpty();
        assertThat(snapshots.asOf(9)).containsSame(later);
    }

    @Test
    void theCurrentRevisionIsCompiledOffTheCallersThread() {
        List<String> compiledOn = new CopyOnWriteArrayList<>();
        RulebookSnapshot current = snapshot(5, 10);
        when(loader.load()).thenAnswer(invocation -> {
            compiledOn.add(Thread.currentThread().getName());
            return current;
        });

        assertThat(snapshots.current()).isSameAs(current);
        assertThat(compiledOn).containsExactly("rulebook-compiler");
    }

    private static RulebookSnapshot snapshot(int revision, int names) {
        RulebookSnapshot snapshot = mock(RulebookSnapshot.class);
        when(snapshot.revision()).thenReturn(revision);
        when(snapshot.names()).thenReturn(names);
        return snapshot;
    }
}
