package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Programmes declared with the words that say who runs them or how the holder came to them (issue 15, eleventh round):
 * a lead-in ("funded under the …"), a ministry, an agency or a province before the name, a sponsor after it, a title
 * ("Distinguished Professor" for "… Professorship"), word-for-word renderings of Chinese names, and Russian «Учёные»
 * for the scholars of 长江学者.
 */
class ProgrammeSponsorsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Funded under the 5-100 Project of the Ministry of Science of the Russian Federation | Project 5-100",
                "Awarded by the Ministry of Education: Changjiang Scholar Chaired Professor | Changjiang",
                "Ministry of Education Changjiang Chaired Professor (2011) | Changjiang",
                "Selected in 2019 under MIIT's Qiming plan for semiconductor talent | Qiming",
                "Zhejiang Kunpeng Action Plan for leading engineers | Kunpeng",
                "Guangdong Province Pearl River Talent Plan for innovation teams | Pearl River",
                "Thousand Foreign Experts Plan, short-term track | Foreign Experts",
                "Hundred Person Plan of the Chinese Academy of Sciences | Hundred Talents",
                "Стипендия программы «Учёные Чанцзян» | Changjiang",
            })
    void resolvesAProgrammeDeclaredWithItsSponsor(String input, String nameOfExpected) {
        List<NameMatch> found = SeededProgrammes.top(input);

        assertThat(found).hasSize(1);
        assertThat(SeededProgrammes.namesOf(found.get(0))).anyMatch(name -> name.contains(nameOfExpected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Supported by the Ministry of Education of China",
                "Funded by the Russian Science Foundation, project 19-12-00000",
                "Zhejiang Province Natural Science Foundation",
                "Recruited in 2020 under a postdoctoral scheme of the Chinese Academy of Sciences",
            })
    void matchesNothingWhenOnlySponsorsAreLeft(String input) {
        assertThat(SeededProgrammes.top(input)).isEmpty();
    }

    @Test
    void leavesANameWithoutLeadInOrSponsorAlone() {
        assertThat(ProgrammeSponsors.without("kunpeng action plan")).isNull();
        assertThat(ProgrammeSponsors.without("supported by the 5 100 programme of the ministry of education"))
                .isEqualTo("5 100 programme");
    }
}
