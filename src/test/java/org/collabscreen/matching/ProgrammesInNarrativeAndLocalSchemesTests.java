package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A programme named in a sentence by another head noun (contract, grant, fellowship), abbreviated ("Prog."), in
 * pinyin inside an English sentence, or by its acronym where the sentence is about taking part; against a province's
 * or a city's own scheme under a national programme's name, a number of talents that a clause goes on about and a
 * river's delta or basin, against the seeded programmes.
 */
class ProgrammesInNarrativeAndLocalSchemesTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Her Hundred Talents grant ran out in 2019 | Hundred Talents",
                "the Pearl River Talents fellowship he won in Guangzhou | Pearl River",
                "a Yangtze River Scholar chair at Sichuan University | Changjiang",
                "his 10,000 Talents contract with the university | Ten Thousand Talents",
                "Young Thousand Talents Prog., 2014 | Young Thousand Talents",
                "She was funded by Qingnian Qianren Jihua at Nankai | Young Thousand Talents",
                "awarded Wanren Jihua support in 2018 | Ten Thousand Talents",
                "Nanjing, Thousand Talents Plan expert | Thousand Talents Plan",
                "Shanghai Pujiang Program, 2016 | Pujiang",
                "Did you ever join the TTP? Yes: TTP member 2012-2015 | Thousand Talents Plan",
                "Changjiang Scholars Program of Sichuan University | Changjiang",
            })
    void resolvesAProgrammeNamedInASentence(String input, String nameOfExpected) {
        List<NameMatch> found = SeededProgrammes.top(input);

        assertThat(found).hasSize(1);
        assertThat(SeededProgrammes.namesOf(found.get(0))).anyMatch(name -> name.contains(nameOfExpected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ningbo Thousand Talents Program",
                "Qingdao Municipal Hundred Talents Plan",
                "selected for the Anhui Provincial Ten Thousand Talents Program",
                "Harbin 1000 Talents Plan (2016)",
                // a province's own plan, not listed: read as the national one before issue 15's twenty-second round
                "Hunan Province Thousand Talents Plan for Returnees, second cohort 2013",
                "宁波市千人计划",
                "hundred talents that the agency placed in start-ups",
                "tausend Talente die auf Arbeit warten",
                "Hundred Talents Program of Anhui Province",
                "Hebei Province's Ten Thousand Talents Plan",
                "Yangtze River Basin scholar network",
            })
    void matchesNothingForLocalSchemesAndEverydayNumbersOfTalents(String input) {
        assertThat(SeededProgrammes.top(input)).isEmpty();
    }
}
