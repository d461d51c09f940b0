package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Keywords are analysed once per process, not on every rulebook snapshot that binds them to its categories. */
class KeywordAnalysisTests {

    @Test
    void reusesTheAnalysisOfAKeywordForAnotherSnapshotsCategory() {
        CategoryEntry before = new CategoryEntry("SEMICONDUCTORS", "Semiconductors", List.of("chiplet integration"));
        CategoryEntry after = new CategoryEntry("SEMICONDUCTORS", "Semiconductors (renamed)", List.of());

        KeywordPattern first = KeywordPattern.of(before, "chiplet integration");
        KeywordPattern second = KeywordPattern.of(after, "chiplet integration");

        assertThat(second.stems()).isSameAs(first.stems()).containsExactly("chiplet", "integrate");
        assertThat(second.category()).isSameAs(after);
        assertThat(first.category()).isSameAs(before);
    }
}
