package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Short forms inside Han phrases of selection, 长江 in pinyin syllables apart, the chaired professorship in French and
 * German, an official short name in English; a sub-programme after any of its parent's names, its own words read as
 * written together, a parent named in pinyin, Russian youth words, acknowledgement lead-ins and sponsors after the
 * name, and the Peacock Plan's team track, against the seeded programmes.
 */
class SubProgrammesAndShortFormsTests {

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
    @CsvSource(
            delimiter = '|',
            value = {
                "海外高层次人才引进计划（创业人才） | Recruitment Program for Entrepreneurs",
                "国家海外高层次人才引进计划（千人计划）入选者 | Thousand Talents Plan",
                "Qianren Jihua, long-term innovative talent | Recruitment Program for Innovative Talents (Long Term)",
                "Молодёжная программа «Тысяча талантов» | Thousand Youth Talents Plan",
                "This research was partly supported by the Pujiang Program (grant 20PJ0000000). | Pujiang",
                "Pujiang-Talente-Programm der Stadt Shanghai | Pujiang",
                "funded by Project 5top100 of the Russian Ministry of Science | Project 5-100",
                "Peacock Team Program, Shenzhen | Peacock",
                "深圳孔雀团队 | Peacock",
                "Programa de los Mil Talentos (China): investigadora | Thousand Talents Plan",
            })
    void resolvesASubProgrammeAndANameWithItsLeadInOrSponsor(String input, String nameOfExpected) {
        List<NameMatch> found = SeededProgrammes.top(input);

        assertThat(found).hasSize(1);
        assertThat(SeededProgrammes.namesOf(found.get(0))).anyMatch(name -> name.contains(nameOfExpected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"海外高层次人才引进计划（千人计划）入选专家", "国家海外高层次人才引进计划（千人计划）专家组"})
    void readsASubProgrammesWordsAsWrittenTogether(String input) {
        List<NameMatch> found = SeededProgrammes.top(input);

        assertThat(found).hasSize(1);
        assertThat(SeededProgrammes.namesOf(found.get(0))).contains("Thousand Talents Plan");
    }
}
