package org.collabscreen.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unlisted programme whose name holds a listed one's ({@link ContainingProgrammes}): the New Century Hundred,
 * Thousand and Ten Thousand Talents Project is not the Ten Thousand Talents Program.
 */
class ProgrammesInsideOtherNamesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "New Century Hundred, Thousand and Ten Thousand Talents Project, national candidate (2004)",
                "新世纪百千万人才工程国家级人选",
            })
    void matchesNoListedProgrammeInsideTheLongerName(String declared) {
        assertThat(SeededProgrammes.top(declared)).isEmpty();
    }

    @Test
    void keepsTheListedProgrammeNamedOnItsOwn() {
        assertThat(SeededProgrammes.top(
                        "Ten Thousand Talents Program, leading talent in science and technology (2018)"))
                .hasSize(1);
    }
}
