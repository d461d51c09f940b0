package org.collabscreen.proposal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A batch pauses only while single POSTs are in flight, for as long as its share asks. */
class BatchPacingTests {

    private final List<Long> pauses = new ArrayList<>();

    @Test
    void aBatchAloneNeverPauses() {
        BatchPacing pacing = new BatchPacing(0.5, pauses::add);

        pacing.after(10_000_000);

        assertThat(pacing.beside()).isFalse();
        assertThat(pauses).isEmpty();
    }

    @Test
    void besideASinglePostABatchTakesItsShareOfTheTime() {
        BatchPacing half = new BatchPacing(0.5, pauses::add);
        BatchPacing quarter = new BatchPacing(0.25, pauses::add);

        half.single(() -> {
            assertThat(half.beside()).isTrue();
            half.after(10_000_000);
            return null;
        });
        quarter.single(() -> {
            quarter.after(10_000_000);
            return null;
        });

        assertThat(pauses).containsExactly(10_000_000L, 30_000_000L);
        assertThat(half.beside()).isFalse();
    }

    @Test
    void aShareOfOneNeverPauses() {
        BatchPacing pacing = new BatchPacing(1, pauses::add);

        pacing.single(() -> {
            pacing.after(10_000_000);
            return null;
        });

        assertThat(pauses).isEmpty();
    }

    @Test
    void aFailedSinglePostIsNoLongerCountedInFlight() {
        BatchPacing pacing = new BatchPacing(0.5, pauses::add);

        assertThatThrownBy(() -> pacing.single(() -> {
                    throw new IllegalStateException("screening failed");
                }))
                .hasMessage("screening failed");

        assertThat(pacing.beside()).isFalse();
    }
}
