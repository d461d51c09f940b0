package org.collabscreen.matching;

import java.util.List;
import java.util.UUID;

import org.collabscreen.seed.SeedEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's fifth round: names typed in Cyrillic, sub-units and research arms named beside their parent, numbered
 * units, campuses, place names that are no typos of each other, and programmes named with words around their name.
 */
class ParentsBrandsAndScriptsTests {

    private static final double MIN_SCORE = 0.8;
    private static final List<InstitutionEntry> INSTITUTIONS = SeedEntries.institutions();
    private static final List<ProgrammeEntry> PROGRAMMES = SeedEntries.programmes();

    private final InstitutionMatcher institutions = new InstitutionMatcher(INSTITUTIONS);
    private final TalentProgrammeMatcher programmes = new TalentProgrammeMatcher(PROGRAMMES);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Московский государственный университет, Москва | RU | Moscow State University",
                "Пекинский университет, Пекин | CN | Peking University",
                "Курчатовский институт | RU | National Research Centre “Kurchatov Institute”",
                "Huawei Research Center, Shenzhen | CN | Huawei Technologies Co., Ltd.",
                "Peking University School of Physics, Beijing | CN | Peking University",
                "Renmin University of China, Beijing | CN | Renmin University",
                "The 12th Research Institute of China Aerospace Science and Technology Corporation | CN | China Aerospace Science and Technology Corporation",
                "HarbinGongyeDaxue | CN | Harbin Institute of Technology",
                "Unitree Robotics | CN | Hangzhou Yushu Technology Co., Ltd.",
                "AECC Hunan Aviation Powerplant Research Institute, Zhuzhou | CN | Aero Engine Corporation of China",
            })
    void resolvesNamesWrittenBesideOrInsteadOfTheListedOnes(String input, String country, String expected) {
        List<NameMatch> found = institutions.match(input, country, MIN_SCORE, 1);

        assertThat(found).extracting(match -> nameOf(match.id())).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Shenzhen Research Institute", "Henan University", "Shanxi University"})
    void aBrandlessResearchUnitOrAnotherPlaceResolvesToNothingListed(String input) {
        List<NameMatch> found = institutions.match(input, "CN", MIN_SCORE, 1);

        assertThat(found).extracting(match -> nameOf(match.id())).doesNotContain("Hunan University");
        assertThat(found).extracting(match -> nameOf(match.id())).doesNotContainNull();
        if (!input.startsWith("Shanxi")) {
            assertThat(found).isEmpty();
        }
    }

    @Test
    void anotherCampusInBracketsIsNotTheListedCampus() {
        assertThat(institutions.match("China University of Geosciences (Beijing)", "CN", MIN_SCORE, 1))
                .isEmpty();
        assertThat(institutions.match("China University of Geosciences (Wuhan)", "CN", MIN_SCORE, 1))
                .extracting(match -> nameOf(match.id()))
                .containsExactly("China University of Geosciences (Wuhan)");
    }

    @Test
    void aPlaceIsNoTypoOfAnotherPlace() {
        assertThat(score("Henan University", "Hunan University")).isLessThan(0.8);
        assertThat(score("Hebei Normal University", "Hefei Normal University")).isLessThan(0.8);
        assertThat(score("Harbni Engineering University", "Harbin Engineering University"))
                .isGreaterThan(0.9);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Russian Excellence Project 5-100 | Project 5-100",
                "программа «Тысяча талантов» | Thousand Talents Plan",
                "Thousand Youth Talents Plan for Young Professionals | Recruitment Program for Young Professionals (Young Thousand Talents)",
            })
    void resolvesProgrammesNamedWithMoreWords(String input, String expected) {
        List<NameMatch> found = programmes.match(input, MIN_SCORE, 1);

        assertThat(found).extracting(match -> programmeName(match.id())).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000 Genomes Project", "Thousand Islands Research Program"})
    void programmeWordsAloneDoNotMakeAProgramme(String input) {
        assertThat(programmes.match(input, MIN_SCORE, 1)).isEmpty();
    }

    @Test
    void readsTaiwansTechnologyWordsAsTheMainlands() {
        assertThat(RegionalChineseTerms.toMainland("薄膜电晶体")).isEqualTo("薄膜晶体管");
        assertThat(RegionalChineseTerms.toMainland("人脸辨识")).isEqualTo("人脸识别");
    }

    private static double score(String input, String listed) {
        Vocabulary vocabulary = InstitutionVocabulary.INSTANCE;
        return TokenSetScorer.score(
                WeightedName.of(NameNormaliser.normalise(input), vocabulary),
                WeightedName.of(NameNormaliser.normalise(listed), vocabulary),
                0);
    }

    private static String nameOf(UUID id) {
        return INSTITUTIONS.stream()
                .filter(entry -> entry.id().equals(id))
                .map(InstitutionEntry::name)
                .findFirst()
                .orElseThrow();
    }

    private static String programmeName(UUID id) {
        return PROGRAMMES.stream()
                .filter(entry -> entry.id().equals(id))
                .map(ProgrammeEntry::name)
                .findFirst()
                .orElseThrow();
    }
}
