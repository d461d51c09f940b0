package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A university's own scheme named like the Chinese Academy of Sciences' Hundred Talents Program is not the academy's
 * programme, while the academy's programme held at a university, or named beside the academy, still is
 * ({@link UniversitySchemes}); a pinyin name is read before an English word that also reads as pinyin ("visiting")
 * (issue 15, sixteenth round).
 */
class SixteenthRoundProgrammesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Wuhan University Hundred Talents Program, 2015",
                "武汉大学“百人计划”特聘研究员",
                "Fudan Daxue Bairen Jihua",
            })
    void takesAUniversitysOwnHundredTalentsForNoAcademyProgramme(String input) {
        assertThat(SeededProgrammes.top(input)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CAS Hundred Talents Program, University of Science and Technology of China",
                "Hundred Talents Program of the Chinese Academy of Sciences, professor at Lanzhou University",
                "中国科学院大学“百人计划”，中国科学院",
                "Hundred Talents Program (2010)",
            })
    void keepsTheAcademysProgrammeHeldAtAUniversity(String input) {
        List<NameMatch> found = SeededProgrammes.top(input);

        assertThat(found).hasSize(1);
        assertThat(SeededProgrammes.namesOf(found.get(0))).anyMatch(name -> name.contains("Hundred Talents"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Changjiang Xuezhe visiting professor, Wuhan University", "Qingnian Qianren visiting scholar"})
    void readsAPinyinNameBeforeAnEnglishWordThatAlsoReadsAsPinyin(String input) {
        assertThat(SeededProgrammes.top(input)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hong Kong visiting professor, 2019", "Changjiang Delta visiting delegation"})
    void findsNoProgrammeInPinyinPlaceNamesBeforeATitle(String input) {
        assertThat(SeededProgrammes.top(input)).isEmpty();
    }
}
