package org.collabscreen.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class GroupCommitTests {

    private final List<List<String>> calls = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstCallMayFinish = new CountDownLatch(1);
    private GroupCommit<String, String> commits;

    @AfterEach
    void stop() {
        firstCallMayFinish.countDown();
        if (commits != null) {
            commits.stop();
        }
    }

    /** Records each call; the first waits until the test lets it finish, so that the others queue up meanwhile. */
    private List<String> store(List<String> items) {
        calls.add(List.copyOf(items));
        if (calls.size() == 1) {
            try {
                firstCallMayFinish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (items.contains("bad")) {
            throw new IllegalArgumentException("bad item");
        }
        if (items.contains("unreachable")) {
            throw new IllegalStateException("store unreachable");
        }
        return items.stream().map(item -> "stored " + item).toList();
    }

    private GroupCommit<String, String> commits(Function<String, Object> groupOf, boolean itemMayBeAtFault) {
        return new GroupCommit<>(
                "test-writer",
                1,
                32,
                this::store,
                groupOf,
                failure -> itemMayBeAtFault,
                failure -> failure instanceof IllegalStateException);
    }

    /** Submits the first item, waits until the writer is busy with it, then submits the rest, which must queue. */
    private List<CompletableFuture<String>> submitWhileTheWriterIsBusy(List<String> rest) {
        return submitWhileTheWriterIsBusy("first", rest);
    }

    private List<CompletableFuture<String>> submitWhileTheWriterIsBusy(String first, List<String> rest) {
        List<CompletableFuture<String>> results = new ArrayList<>();
        results.add(CompletableFuture.supplyAsync(() -> commits.submit(first)));
        await().atMost(10, TimeUnit.SECONDS).until(() -> calls.size() == 1);
        for (String item : rest) {
            results.add(CompletableFuture.supplyAsync(() -> commits.submit(item)));
        }
        await().atMost(10, TimeUnit.SECONDS).until(() -> commits.waiting() == rest.size());
        firstCallMayFinish.countDown();
        return results;
    }

    @Test
    void submissionsThatArriveTogetherShareOneCallAndEachGetsItsOwnResult() {
        commits = commits(item -> "everyone", true);

        List<CompletableFuture<String>> results = submitWhileTheWriterIsBusy(List.of("a", "b", "c", "d"));

        assertThat(results.stream().map(CompletableFuture::join))
                .containsExactly("stored first", "stored a", "stored b", "stored c", "stored d");
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1)).containsExactlyInAnyOrder("a", "b", "c", "d");
    }

    @Test
    void aBadItemFailsOnlyItsOwnSubmissionWhenTheFailureMayBeItsData() {
        commits = commits(item -> "everyone", true);

        List<CompletableFuture<String>> results = submitWhileTheWriterIsBusy(List.of("a", "bad", "c"));

        assertThat(results.get(1).join()).isEqualTo("stored a");
        assertThatThrownBy(results.get(2)::join).hasRootCauseMessage("bad item");
        assertThat(results.get(3).join()).isEqualTo("stored c");
        assertThat(calls).contains(List.of("a"), List.of("bad"), List.of("c"));
    }

    @Test
    void aFailureOfTheDatabaseFailsTheWholeGroupAtOnceWithoutRetries() {
        commits = commits(item -> "everyone", false);

        List<CompletableFuture<String>> results = submitWhileTheWriterIsBusy(List.of("a", "bad", "c"));

        for (CompletableFuture<String> result : results.subList(1, 4)) {
            assertThatThrownBy(result::join).hasRootCauseMessage("bad item");
        }
        assertThat(calls).hasSize(2);
    }

    @Test
    void whenTheStoreCannotBeReachedEveryItemWaitingFailsAtOnceWithoutAnotherCall() {
        commits = commits(item -> item, false);

        List<CompletableFuture<String>> results = submitWhileTheWriterIsBusy("unreachable", List.of("a", "b", "c"));

        for (CompletableFuture<String> result : results) {
            assertThatThrownBy(result::join).hasRootCauseMessage("store unreachable");
        }
        assertThat(calls).containsExactly(List.of("unreachable"));
    }

    @Test
    void itemsOfDifferentGroupsNeverShareACall() {
        commits = commits(item -> item.charAt(0), true);

        List<CompletableFuture<String>> results = submitWhileTheWriterIsBusy(List.of("x1", "y1", "x2", "y2"));

        results.forEach(CompletableFuture::join);
        // Submissions arrive from the common pool in any order, within a group too.
        assertThat(calls.subList(1, calls.size()).stream().map(Set::copyOf).toList())
                .containsExactlyInAnyOrder(Set.of("x1", "x2"), Set.of("y1", "y2"));
    }

    @Test
    void afterStoppingASubmissionIsStillStored() {
        commits = commits(item -> "everyone", true);
        firstCallMayFinish.countDown();
        commits.stop();

        assertThat(commits.submit("late")).isEqualTo("stored late");
    }
}
