package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A programme written after the post it grants and "of the" ("Visiting Chair Professor of the … Programme"). */
class ProgrammeAfterRoleTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Visiting Chair Professor of the Chang-Kiang Scholars Programme",
                "Visiting Chair Professor of the Changjiang Scholars Programme",
            })
    void readsTheProgrammeAfterTheHoldersRole(String declared) {
        assertThat(SeededProgrammes.top(declared))
                .singleElement()
                .satisfies(
                        match -> assertThat(SeededProgrammes.namesOf(match)).contains("Changjiang Scholars Program"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Member of the Expert Committee of the National Key R&D Program"})
    void takesNoProgrammeThatIsNoTalentScheme(String declared) {
        assertThat(SeededProgrammes.top(declared)).isEmpty();
    }
}
