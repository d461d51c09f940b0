package org.collabscreen.matching;

import java.util.List;
import java.util.UUID;

import org.collabscreen.seed.SeedEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's eighth round: compass abbreviations, campuses named beside the word campus, research units named after
 * their company's brand, the ministry a Russian institute answers to, the numbers of numbered units, Russian and
 * Persian organisation words in Latin letters, names in Hangul, surnames before a Russian institute's name, and every US state but Georgia as a place.
 */
class NumbersCampusesAndResearchUnitsTests {

    private static final double MIN_SCORE = 0.8;
    private static final List<InstitutionEntry> INSTITUTIONS = SeedEntries.institutions();

    private final InstitutionMatcher institutions = new InstitutionMatcher(INSTITUTIONS);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "S China Univ Technol, Sch Mat Sci, Guangzhou 510640 | CN | South China University of Technology",
                "Instituto de Tecnología de Harbin, campus de Weihai | CN | Harbin Institute of Technology (Weihai)",
                "Università di Scienza e Tecnologia Elettronica della Cina | CN"
                        + " | University of Electronic Science and Technology of China",
                "Tencent Youtu Lab, Shenzhen | CN | Tencent Holdings Limited",
                "48th Central Research Institute of the Ministry of Defence | RU"
                        + " | 48th Central Scientific Research Institute",
                "48 ЦНИИ Минобороны России | RU | 48th Central Scientific Research Institute",
                "Сколковский институт науки и технологий, Москва | RU | Skolkovo Institute of Science and Technology",
                "Daneshgah-e Sanati-ye Sharif, Tehran | IR | Sharif University of Technology",
                "베이징항공항천대학 | CN | Beihang University",
                "Kotelnikov Institute of Radio Engineering and Electronics of the Russian Academy of Sciences | RU"
                        + " | Institute of Radio-Engineering and Electronics",
                "중국과학기술대학, 허페이 | CN | University of Science and Technology of China",
            })
    void resolvesAbbreviatedRenderedAndNumberedNames(String input, String country, String expected) {
        List<NameMatch> found = institutions.match(input, country, MIN_SCORE, 1);

        assertThat(found).extracting(match -> nameOf(match.id())).containsExactly(expected);
    }

    @Test
    void aUnitNumberedOtherwiseIsNotTheListedUnit() {
        assertThat(institutions.match("47th Central Research Institute", "RU", MIN_SCORE, 1))
                .isEmpty();
        assertThat(institutions.match("47 ЦНИИ Минобороны России", "RU", MIN_SCORE, 1))
                .isEmpty();
    }

    @Test
    void aGenericNameInAStateOfTheUnitedStatesIsNotAListedChineseBody() {
        assertThat(institutions.match("Air Force Research Institute, Lexington, Kentucky", null, MIN_SCORE, 1))
                .isEmpty();
    }

    @Test
    void aSurnameBeforeAnInstituteIsReadAsAnEponymOnlyInRussianContext() {
        assertThat(Eponyms.withoutLeadingSurnames(
                        "kotelnikov institute of radio engineering", InstitutionVocabulary.INSTANCE))
                .isEqualTo("institute of radio engineering");
        assertThat(institutions.match(
                        "Smith Institute of Radio Engineering and Electronics, London", null, MIN_SCORE, 1))
                .isEmpty();
    }

    @Test
    void readsHangulInHanOnlyWhenEveryWordIsKnown() {
        assertThat(KoreanNames.inHan("하얼빈공업대학")).isEqualTo("哈尔滨工业大学");
        assertThat(KoreanNames.inHan("서울대학교")).isNull();
        assertThat(KoreanNames.inHan("Tsinghua University")).isNull();
        assertThat(institutions.match("서울대학교", "KR", MIN_SCORE, 1)).isEmpty();
    }

    @Test
    void readsUnitNumbersButNotPostcodes() {
        assertThat(UnitNumbers.of("48th central research institute moscow 119991"))
                .containsExactly("48");
        assertThat(UnitNumbers.differ(UnitNumbers.of("no 59 institute"), UnitNumbers.of("59th institute")))
                .isFalse();
        assertThat(UnitNumbers.differ(UnitNumbers.of("48 institute"), UnitNumbers.of("46th institute")))
                .isTrue();
        assertThat(UnitNumbers.differ(UnitNumbers.of("institute 100190"), UnitNumbers.of("46th institute")))
                .isFalse();
    }

    private static String nameOf(UUID id) {
        return INSTITUTIONS.stream()
                .filter(rule -> rule.id().equals(id))
                .findFirst()
                .orElseThrow()
                .name();
    }
}
