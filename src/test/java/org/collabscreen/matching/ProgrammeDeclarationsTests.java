package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Programmes declared with words around their names (a listed name inside a longer declaration, an age tier the
 * programme has no sub-programme for, a sub-programme named by the word that tells it from its siblings, a name in
 * pinyin followed by English words), against the seeded programmes.
 */
class ProgrammeDeclarationsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Selected in 2016 for the Hundred Talents Plan, Institute of Botany | Hundred Talents",
                "Young Changjiang Scholars Program appointee | Changjiang Scholars Program",
                "青年长江学者奖励计划入选者 | 长江学者奖励计划",
                "Thousand Talents Plan, long-term track | Recruitment Program for Innovative Talents (Long Term)",
                "Bairen Jihua awardee in materials science | 百人计划",
                "Cheung Kong Distinguished Professor | Changjiang",
                "鲲鹏计划 | Kunpeng",
            })
    void resolvesAListedNameAmongOtherWords(String input, String nameOfExpected) {
        List<NameMatch> found = SeededProgrammes.top(input);

        assertThat(found).hasSize(1);
        assertThat(SeededProgrammes.namesOf(found.get(0))).anyMatch(name -> name.contains(nameOfExpected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Qiming Venture Partners, fund III",
                "Young Scientists Fund of the National Natural Science Foundation",
                "Pearl River Delta regional innovation grant",
                "Long-term research fellowship, Humboldt Foundation",
                "华为鲲鹏计划",
            })
    void matchesNothingForOtherSchemesWithTheSameWords(String input) {
        assertThat(SeededProgrammes.top(input)).isEmpty();
    }
}
