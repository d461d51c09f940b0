package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Declarations that share words with a programme's name and name another thing: a project qualified by a word of no
 * programme ("Peacock conservation project"), and a "for …" phrase saying whom an award is for.
 */
class ProgrammeLookalikesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Peacock conservation project, Yunnan wildlife survey",
                "Chinese Government Friendship Award (友谊奖) for foreign experts",
            })
    void matchesNoProgrammeForAnotherProjectOrAnAward(String declared) {
        assertThat(SeededProgrammes.top(declared)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Recipient of the Project 111 (B17035) overseas academic master appointment",
                "Shenzhen Peacock Plan for overseas high-level talents",
            })
    void keepsProgrammesNamedWithLeadInsAndTargets(String declared) {
        assertThat(SeededProgrammes.top(declared)).isNotEmpty();
    }
}
