package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sub-programme named by its parent's name and its own words ({@link SubProgrammes}) needs the parent's name in its
 * own order: its words read backwards are everyday words ("Talents of the Thousand Lakes"), while a word a sentence
 * puts anywhere ("recruited through …") keeps no order.
 */
class ProgrammeNameWordOrderTests {

    @ParameterizedTest
    @ValueSource(strings = {"\"Talents of the Thousand Lakes\" youth festival, Finland, 2019"})
    void matchesNoSubProgrammeForAParentNameReadBackwards(String declared) {
        assertThat(SeededProgrammes.top(declared)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Recruited through the Overseas High-Level Talents Program (youth category), 2018",
                "Thousand Talents, youth category, 2016",
            })
    void keepsTheSubProgrammeNamedInOrder(String declared) {
        List<NameMatch> found = SeededProgrammes.top(declared);

        assertThat(found).hasSize(1);
        assertThat(SeededProgrammes.namesOf(found.get(0))).anyMatch(name -> name.contains("Young"));
    }
}
