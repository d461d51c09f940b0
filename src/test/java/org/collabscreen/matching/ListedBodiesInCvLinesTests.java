package org.collabscreen.matching;

import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.seed.SeedRulebook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CV line or a biography names where a person studied or worked by the listed body's acronym, short form or full
 * name, often beside where the person is now, in the country the proposal declares: a distinctive acronym (four
 * letters or more) or a name written whole is the listed body there too; a short acronym other bodies abroad bear
 * (HIT, MSU, SCU, BIT) needs the body's country, declared or named beside it.
 */
class ListedBodiesInCvLinesTests {

    private static final RulebookSnapshot RULEBOOK = SeedRulebook.snapshot();

    private static String best(String input, String country) {
        return RULEBOOK.resolveInstitution(input, country)
                .map(match -> match.institution().name())
                .orElse(null);
    }

    @Test
    void aDistinctiveAcronymInACvLineIsTheListedBodyWhereverThePersonIsNow() {
        assertThat(best("Former MSc student at USTC; now a research engineer in Lausanne", "CH"))
                .isEqualTo("University of Science and Technology of China");
        assertThat(best("NUAA graduate (B.Eng. 2013), currently with Airbus in Toulouse", "FR"))
                .isEqualTo("Nanjing University of Aeronautics and Astronautics");
        assertThat(best("M.Sc. NJUST (2011); since 2018 at Fraunhofer, Freiburg", "DE"))
                .isEqualTo("Nanjing University of Science and Technology");
    }

    @Test
    void aNameWrittenWholeInACvLineIsTheListedBodyWhereverThePersonIsNow() {
        assertThat(best(
                        "Ph.D. (2013) Beijing University of Posts and Telecommunications; now senior lecturer at"
                                + " the University of Melbourne",
                        "AU"))
                .isEqualTo("Beijing University of Posts and Telecommunications");
    }

    @Test
    void aPossessiveBeforeAUnitNamesItsBody() {
        assertThat(best("UESTC's School of Physics hosted the 2019 workshop", null))
                .isEqualTo("University of Electronic Science and Technology of China");
    }

    @Test
    void aPublicNicknameInACvLineNamesItsBody() {
        assertThat(best("Qinghua alumna (B.S. 2007), now a partner at a venture fund in Singapore", "SG"))
                .isEqualTo("Tsinghua University");
        assertThat(best("杭电 电子信息学院 副教授", "CN")).isEqualTo("Hangzhao Dianzi University");
    }

    @Test
    void aShortAcronymOtherBodiesBearNeedsItsBodysCountry() {
        assertThat(best("HIT alumna (B.Sc. 2015), now at the Weizmann Institute", "IL"))
                .isNull();
        assertThat(best("BIT graduate (2016); currently a data engineer in Pune", "IN"))
                .isNull();
        assertThat(best("Ph.D., SCU (2012); now in Santa Clara", "US")).isNull();
        assertThat(best("MSU alumnus (B.S. 2010), now a staff engineer at a startup", "US"))
                .isNull();
        assertThat(best("HIT alumna (B.Sc. 2015), now at the Weizmann Institute", "CN"))
                .isEqualTo("Harbin Institute of Technology");
        assertThat(best("HIT alumna (Harbin, 2015); now at the Weizmann Institute", "IL"))
                .isEqualTo("Harbin Institute of Technology");
    }

    @Test
    void aLongerAcronymABodyAbroadBearsNeedsItsBodysCountryToo() {
        assertThat(best("B.Sc. JUST (2012); now a lecturer in Amman", "JO")).isNull();
        assertThat(best("HUST alumnus (2014); now at a chip maker in Hanoi", "VN"))
                .isNull();
    }

    @Test
    void aCvLineIsReadPieceByPieceWithoutDegreesAndYears() {
        assertThat(NamesInCvLines.of("B.Eng. Widget Tech (2011), PhD Univ. of Elsewhere (2017)").stream()
                        .map(NamesInCvLines.Named::written)
                        .toList())
                .containsExactly("Widget Tech", "Univ. of Elsewhere");
        assertThat(NamesInCvLines.of("Harbin Widget Institute alumnus; now at Zurich Widgets")
                        .get(0)
                        .placed())
                .containsExactly("CN");
        assertThat(NamesInCvLines.of("Harbin Widget Institute, Building 2, Room 301"))
                .isEmpty();
    }

    @Test
    void aCareerWordBeforeACapitalisedWordStaysInTheName() {
        assertThat(NamesInCvLines.of("Ph.D. (2010) Graduate School of Widget Sciences; now at Elsewhere").stream()
                        .map(NamesInCvLines.Named::written)
                        .toList())
                .contains("Graduate School of Widget Sciences");
    }

    @Test
    void aPossessiveUnitIsACvLineOnlyWhenTheUnitWordIsCapitalisedOrAUnitWord() {
        assertThat(NamesInCvLines.of("The Harbin Widget Institute's laboratory for space law signed an accord"))
                .isEmpty();
        assertThat(NamesInCvLines.of("The Harbin Widget Institute's School of Law signed an accord"))
                .isNotEmpty();
    }
}
