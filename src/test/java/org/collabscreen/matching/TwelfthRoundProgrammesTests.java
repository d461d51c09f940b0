package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Short forms inside Han phrases of selection, 长江 in pinyin syllables apart, the chaired professorship in French and
 * German, an official short name in English, and companies' developer programmes, against the seeded programmes.
 */
class TwelfthRoundProgrammesTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2014年度入选国家青年千人 | 青年千人计划",
                "第九批“青年千人”入选者 | 青年千人计划",
                "Chang Jiang Scholar | Changjiang",
                "Chang Jiang Chaired Professor | Changjiang",
                "chaire Changjiang | Changjiang",
                "Changjiang-Stiftungsprofessur | Changjiang",
                "holder of a Chang Jiang chair (Ministry of Education) | Changjiang",
                "titulaire d'une chaire Changjiang | Changjiang",
                "Inhaber einer Changjiang-Stiftungsprofessur | Changjiang",
                "National Special Support Program | Ten Thousand Talents",
                "高等学校学科创新引智计划 | 111 Project",
            })
    void resolvesShortAndTranslatedNames(String input, String nameOfExpected) {
        List<NameMatch> found = SeededProgrammes.top(input);

        assertThat(found).hasSize(1);
        assertThat(SeededProgrammes.namesOf(found.get(0))).anyMatch(name -> name.contains(nameOfExpected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kunpeng Developer Program", "Huawei Cloud Kunpeng Partner Programme", "国家青年基金"})
    void matchesNothingForCompanyProgrammesAndOtherSchemes(String input) {
        assertThat(SeededProgrammes.top(input)).isEmpty();
    }
}
