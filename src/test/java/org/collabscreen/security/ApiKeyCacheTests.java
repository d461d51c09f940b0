package org.collabscreen.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Concurrent checks of one key share one database read, its answer and its failure alike. */
class ApiKeyCacheTests {

    private static final String KEY = "cs_concurrent-callers-key";
    private static final int CALLERS = 8;

    private final ApiKeyRepository repository = mock(ApiKeyRepository.class);
    private final AtomicLong nanos = new AtomicLong();
    private final ApiKeyCache cache =
            new ApiKeyCache(repository, new ApiKeyCacheProperties(Duration.ofSeconds(5), 100), nanos::get);

    @Test
    void callersWaitingForAReadThatFailsAllGetItsFailureFromThatOneRead() throws Exception {
        CountDownLatch everyoneWaits = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        when(repository.findByKeyHash(anyString())).thenAnswer(invocation -> {
            reads.incrementAndGet();
            everyoneWaits.await(5, TimeUnit.SECONDS);
            throw new DataAccessResourceFailureException("connection is not available");
        });

        List<Throwable> failures = callConcurrently(everyoneWaits);

        assertThat(failures).hasSize(CALLERS).allMatch(DataAccessResourceFailureException.class::isInstance);
        assertThat(reads).hasValue(1);
    }

    @Test
    void aFailedReadIsNotRememberedSoTheNextCheckReadsAgain() {
        when(repository.findByKeyHash(anyString()))
                .thenThrow(new DataAccessResourceFailureException("down"))
                .thenReturn(Optional.empty());

        assertThatThrownBy(() -> cache.authenticate(KEY)).isInstanceOf(DataAccessResourceFailureException.class);

        assertThat(cache.authenticate(KEY)).isEmpty();
        assertThat(cache.authenticate(KEY)).isEmpty();
        verify(repository, times(2)).findByKeyHash(ApiKeySecret.hash(KEY));
    }

    @Test
    void aCheckIsTrustedForTheTimeToLiveOnlyThenReadAgain() {
        when(repository.findByKeyHash(anyString())).thenReturn(Optional.empty());
        cache.authenticate(KEY);
        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        cache.authenticate(KEY);
        verify(repository, times(1)).findByKeyHash(ApiKeySecret.hash(KEY));

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        cache.authenticate(KEY);

        verify(repository, times(2)).findByKeyHash(ApiKeySecret.hash(KEY));
    }

    @Test
    void onlyAKeyCheckedAndFoundActiveIsRememberedAsActive() {
        ApiKey active = mock(ApiKey.class);
        when(active.active()).thenReturn(true);
        when(active.principal())
                .thenReturn(new ApiKeyPrincipal(UUID.randomUUID(), "pipeline", "portal", Set.of(Role.SCREENER)));
        when(repository.findByKeyHash(ApiKeySecret.hash(KEY))).thenReturn(Optional.of(active));
        when(repository.findByKeyHash(ApiKeySecret.hash("cs_unknown"))).thenReturn(Optional.empty());
        assertThat(cache.remembersAsActive(KEY)).isFalse();

        cache.authenticate(KEY);
        cache.authenticate("cs_unknown");

        assertThat(cache.remembersAsActive(KEY)).isTrue();
        assertThat(cache.remembersAsActive("cs_unknown")).isFalse();
        cache.invalidate(ApiKeySecret.hash(KEY));
        assertThat(cache.remembersAsActive(KEY)).isFalse();
    }

    @Test
    void anInvalidatedKeyIsReadAgain() {
        when(repository.findByKeyHash(anyString())).thenReturn(Optional.empty());
        cache.authenticate(KEY);
        cache.authenticate(KEY);

        cache.invalidate(ApiKeySecret.hash(KEY));
        cache.authenticate(KEY);

        verify(repository, times(2)).findByKeyHash(ApiKeySecret.hash(KEY));
    }

    private List<Throwable> callConcurrently(CountDownLatch release) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                calls.add(callers.submit(() -> cache.authenticate(KEY)));
            }
            Thread.sleep(300);
            release.countDown();
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> call : calls) {
                try {
                    call.get(10, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            return failures;
        } finally {
            callers.shutdownNow();
        }
    }
}
