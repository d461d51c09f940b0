package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AcronymsTests {

    @ParameterizedTest
    @ValueSource(strings = {"HIT", "CAS", "USTC", "NUDT", "CASIC", "R&D", "AVIC-2", "NORINC", " BIT ", "МФТИ"})
    void treatsShortCapitalisedWordsAsAcronyms(String alias) {
        assertThat(Acronyms.isAcronym(alias)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "VNIIFTRI",
                "TSNIIKHM",
                "RTU-MIREA",
                "GTCOM-US",
                "Hit",
                "hit",
                "H",
                "H1",
                "A/SEU",
                "CAS ICT",
                "哈工大",
                "1286",
                ""
            })
    void treatsLongerOrMixedCaseOrSpacedNamesAsNames(String alias) {
        assertThat(Acronyms.isAcronym(alias)).isFalse();
    }
}
