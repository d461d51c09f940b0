package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A university's own scheme named like a national or academy programme ({@link UniversitySchemes}): a university's
 * name right before a quoted scheme name, running straight into a scheme's name or after the scheme's name and "of",
 * declares the university's scheme;
 * a university "of" a programme is one of its members and keeps the programme.
 */
class UniversitysOwnSchemesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sun Yat-sen University \"Hundred Talents\" tenure-track recruitment (百人计划)",
                "Tianjin University Qiming Program for young faculty (internal seed grant)",
                "Xiamen University “Nanqiang” Hundred Talents appointment",
                "Hundred Talents Program of Zhejiang University, tenure-track faculty",
            })
    void matchesNoProgrammeForAUniversitysOwnScheme(String declared) {
        assertThat(SeededProgrammes.top(declared)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Participating university of Project 5-100 (Russian Academic Excellence Project), 2013-2020",
                "Qiming Program (MIIT), Tianjin University",
                "Hundred Talents Program of the Chinese Academy of Sciences, hosted at Lanzhou University",
            })
    void keepsAProgrammeAUniversityTakesPartIn(String declared) {
        List<NameMatch> found = SeededProgrammes.top(declared);

        assertThat(found).hasSize(1);
        assertThat(SeededProgrammes.namesOf(found.get(0)))
                .anyMatch(name -> name.contains("5-100") || name.contains("Qiming") || name.contains("Hundred"));
    }
}
