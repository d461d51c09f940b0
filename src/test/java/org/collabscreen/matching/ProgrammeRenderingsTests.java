package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Programme names in pinyin split into syllables anywhere, "young" in the partners' languages, and the programme words
 * that 计划 is rendered by, the scheme word written before the name ("del Plan Kunpeng de …") and the Romance words for
 * recruiting foreign experts, against the seeded programmes.
 */
class ProgrammeRenderingsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Bai Ren Ji Hua | 百人计划",
                "Kong Que Ji Hua | 孔雀计划",
                "ChunHui JiHua | 春晖计划",
                "Programme des jeunes mille talents | Young Thousand Talents",
                "Junge Tausend Talente | Young Thousand Talents",
                "Plan 111 | 111 Project",
                "Proyecto 111 de China | 111 Project",
                "Changjiang Xuezhe | 长江学者奖励计划",
                "programa chino de los Mil Talentos | Thousand Talents",
                "Changjiang Scholars Award Programme | Changjiang Scholars Program",
                "Hundert-Talente-Programm der Chinesischen Akademie der Wissenschaften | Hundred Talents",
                "Programme des cent talents | Hundred Talents",
                "Guangdong Peacock Plan | Peacock",
                "Spring Light Program of the Ministry of Education for returning scholars | Spring Light",
                "Changjiang Chaired Professorship | Changjiang",
                "Global Experts Introduction Program | Thousand Talents Plan",
                "Программа 5-100 | Project 5-100",
                "百人计划 | 百人计划",
                "Programma Mille Talenti | Thousand Talents",
                "Investigador del Plan Kunpeng del gobierno de Zhejiang | Kunpeng",
                "Lauréat du programme Kunpeng de la province du Zhejiang | Kunpeng",
                "Programme de recrutement des experts étrangers (Chine) | Foreign Experts",
                "Programme des talents de la Rivière des Perles | Pearl River",
                "千人計画への参加 | Thousand Talents",
                "천인계획 참가자 | Thousand Talents",
                "Thousand Talents innovative talents (short-term) | Innovative Talents Recruitment Program (Short Term)",
                "Thousand Talents Program entrepreneurship track | Recruitment Program for Entrepreneurs",
                "千人计划 创业人才 | Recruitment Program for Entrepreneurs",
            })
    void resolvesRenderingsOfListedProgrammes(String input, String nameOfExpected) {
        List<NameMatch> found = SeededProgrammes.top(input);

        assertThat(found).hasSize(1);
        assertThat(SeededProgrammes.namesOf(found.get(0))).anyMatch(name -> name.contains(nameOfExpected));
    }

    @Test
    void explainsPinyinComparedWithoutSyllableBoundaries() {
        NameMatch found = SeededProgrammes.top("Bai Ren Ji Hua").get(0);

        assertThat(found.matchedAlias()).isEqualTo("百人计划");
        assertThat(found.transformations())
                .contains("pinyin compared without syllable boundaries: \"bairenjihua\"")
                .anyMatch(step -> step.startsWith("pinyin of 百人计划"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Guo Jia Zi Ran Ke Xue Ji Jin",
                "Human Genome Project",
                "Programa Jóvenes Doctores",
                "Youth Talent Program of the Royal Society",
                "Zhong Guo Ke Xue Yuan",
                "中国科学院",
                "Thousand Genomes long-term innovative project",
            })
    void matchesNothingForOtherSchemesWrittenTheSameWays(String input) {
        assertThat(SeededProgrammes.top(input)).isEmpty();
    }

    @Test
    void rendersACharacterWithTwoReadingsBothWays() {
        assertThat(Romanisation.of("长江学者"))
                .anyMatch(rendering -> rendering.replace(" ", "").startsWith("changjiang"))
                .anyMatch(rendering -> rendering.replace(" ", "").startsWith("zhangjiang"));
    }

    @Test
    void readsAPinyinNameAfterALabel() {
        assertThat(SeededProgrammes.top("Profile: Qian Ren scholar, Widget University of Science"))
                .singleElement()
                .satisfies(match -> assertThat(SeededProgrammes.namesOf(match)).contains("Thousand Talents Plan"));
        assertThat(SeededProgrammes.top("Profile: Ming Ren biography, Widget City Library"))
                .isEmpty();
    }

    @Test
    void readsANameInSingleQuotesBeforeItsHoldersTitle() {
        assertThat(DeclarationReadings.quotedHoldersSchemes("She was a 'Widget Talents' chief scientist"))
                .isEmpty();
        assertThat(DeclarationReadings.quotedHoldersSchemes("She was a 'Widget Talents' distinguished professor"))
                .containsExactly("widget talents plan");
        assertThat(SeededProgrammes.top("Our partner was a 'Thousand Talents' visiting professor in 2014."))
                .singleElement()
                .satisfies(match -> assertThat(SeededProgrammes.namesOf(match)).contains("Thousand Talents Plan"));
    }

    @Test
    void readsAnAcronymAHolderIsUnder() {
        assertThat(DeclarationReadings.acronymsHeldUnder("a senior expert under the WTP since 2012"))
                .containsExactly("WTP");
        assertThat(DeclarationReadings.acronymsHeldUnder("a senior expert under WTP rules"))
                .isEmpty();
    }

    @Test
    void joinsOnlyTextWhoseEveryWordIsPinyin() {
        assertThat(PinyinSyllables.joined("wan ren ji hua")).isEqualTo("wanrenjihua");
        assertThat(PinyinSyllables.joined("chang jiang scholars")).isNull();
        assertThat(PinyinSyllables.joined("qiming")).isNull();
    }
}
