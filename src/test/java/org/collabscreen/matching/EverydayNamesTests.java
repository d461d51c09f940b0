package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A programme's name without its scheme word, in a declaration that speaks of a creature, a myth, a story or a choir,
 * is an everyday name ({@link EverydayNames}); with a scheme word it is still the programme.
 */
class EverydayNamesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Kunpeng, the mythical bird in Zhuangzi's Xiaoyaoyou",
                "Peacock, a bird of the Yunnan forests",
                "\"Talents of the Thousand Lakes\" youth choir, Finland, tour of 2019",
            })
    void matchesNoProgrammeForAnEverydayName(String declared) {
        assertThat(SeededProgrammes.top(declared)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kunpeng Action Plan, named after the mythical bird", "Kunpeng Plan (Zhejiang)"})
    void keepsAProgrammeNamedWithItsSchemeWord(String declared) {
        List<NameMatch> found = SeededProgrammes.top(declared);

        assertThat(found).hasSize(1);
        assertThat(SeededProgrammes.namesOf(found.get(0))).contains("Kunpeng Plan");
    }
}
