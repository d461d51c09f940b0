package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A holder's title or post after a programme's name, also inside a sentence, the level a scheme is run at, the Ministry of Education's Changjiang
 * Scholars and Innovative Research Team programme, Project 5-100's English name, and a pinyin name read before an
 * English word that also reads as pinyin ("visiting"); against titles, funders and products named by a model number
 * alone, and pinyin place names before a title, against the seeded programmes.
 */
class ProgrammeHoldersTitlesTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Pujiang Scholar (2018), Fudan University | Pujiang",
                "Thousand Talents Experts, 2010 | Thousand Talents Plan",
                "Hundred Talents Fellow, Institute of Botany | Hundred Talents",
                "She was a Hundred Talents fellow at the Institute of Physics until 2016 | Hundred Talents",
                "He took up a Thousand Talents appointment in Wuhan in 2014 | Thousand Talents Plan",
                "Guojia Wanren Jihua lingjun rencai | Ten Thousand Talents",
                "national Ten Thousand Talents Plan | Ten Thousand Talents",
                "Program for Changjiang Scholars and Innovative Research Team in University, grant IRT_17R00 | Changjiang",
                "长江学者和创新团队发展计划 | Changjiang",
                "Russian Academic Excellence Project, Kazan Federal University | Project 5-100",
                "Kunpeng Action Plan, Hangzhou | Kunpeng Plan",
            })
    void resolvesANameWithItsHoldersTitleOrLevel(String input, String nameOfExpected) {
        List<NameMatch> found = SeededProgrammes.top(input);

        assertThat(found).hasSize(1);
        assertThat(SeededProgrammes.namesOf(found.get(0))).anyMatch(name -> name.contains(nameOfExpected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Kunpeng 916 processor porting project",
                "Fulbright Scholar, Harvard University",
                "Visiting Scholar, Tsinghua University",
                "Marie Curie Fellow",
                "Qiming Venture Partners investment in a start-up",
                "National Natural Science Foundation project leader, Wuhan University",
            })
    void matchesNothingForProductsTitlesAndFundersAlone(String input) {
        assertThat(SeededProgrammes.top(input)).isEmpty();
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
