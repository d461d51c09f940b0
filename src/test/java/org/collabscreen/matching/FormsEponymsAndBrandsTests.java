package org.collabscreen.matching;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * Issue 15's eleventh round: universities told apart by the form of their technology word, Russian names with an
 * eponym and the Academy's suffix, subsidiaries named with a listed group's brand, and names missing a listed prefix.
 */
class FormsEponymsAndBrandsTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry POLYTECHNIC = institution("Lanxi Polytechnic University", "CN", null);
    private static final InstitutionEntry TECHNOLOGICAL = institution("Qingshan Technological University", "CN", null);
    private static final InstitutionEntry PLAIN = institution("Heyuan University", "CN", null, "He Yuan Daxue");

    private static final InstitutionEntry CHEMISTRY =
            institution("Federal Research Center Zorin Institute of Chemistry", "RU", null);
    private static final InstitutionEntry NAVAL = institution("Petrov Naval Academy", "RU", null);
    private static final InstitutionEntry ORLOV = institution(
            "Federal State Budgetary Institution of Science K.L. Orlov Institute of the Russian Academy of Sciences",
            "RU",
            null,
            "OTIAN IM K.L.Orlov RAS",
            "OTIAN");

    private static final InstitutionEntry BRAND =
            institution("Zephyrlink Technologies Co., Ltd.", "CN", null, "Zephyrlink");
    private static final InstitutionEntry BRAND_GROUP = institution("Quillon Group Co., Ltd.", "CN", null, "Quillon");
    private static final InstitutionEntry BRAND_SUBSIDIARY =
            institution("Quillon Information Industry Co., Ltd.", "CN", null);
    private static final InstitutionEntry NOT_A_COMPANY = institution("Orvalis University", "CN", null, "Orvalis");

    private static final InstitutionEntry TECHNICAL = institution("Lakeside State Technical University", "RU", null);
    private static final InstitutionEntry SOUTH = institution("Central South Lakeside University", "CN", null);
    private static final InstitutionEntry ACADEMY = institution("Chinese Academy of Physics", "CN", null);

    private static final InstitutionEntry EPONYMOUS = institution(
            "Amber Coast Federal University named after P.Q. Smirnov, the First Rector of Amber Coast", "RU", null);

    private static final InstitutionEntry SHORT_PLA_NAME =
            institution("Rocket Defence University", "CN", null, "中国人民解放军火箭防御大学");

    private static final InstitutionEntry FRONTIER =
            institution("Academy of Frontier Studies", "CN", null, "PLA Academy of Frontier Studies");
    private static final InstitutionEntry HAN_GROUP = institution("Xinghe Aviation Corporation", "CN", null, "星河航空");
    private static final InstitutionEntry HAN_GROUP_LISTED_AGAIN =
            institution("Xinghe Aviation Corporation Limited", "CN", null);
    private static final InstitutionEntry HAN_UNIT =
            institution("Nanshan Aircraft Design Institute", "CN", HAN_GROUP_LISTED_AGAIN.id(), "南山飞机设计研究院");
    private static final InstitutionEntry OTHER_PARENT = institution("Academy of Light", "CN", null, "光明科学院");
    private static final InstitutionEntry OTHER_UNIT =
            institution("Institute of Lenses", "CN", OTHER_PARENT.id(), "透镜研究所");

    private static final InstitutionEntry SIBERIAN =
            institution("Siberian Scientific-Research Institute of Physics", "RU", null);
    private static final InstitutionEntry RUSSIAN_TECHNOLOGICAL =
            institution("Russian Technological Institute of Physics", "RU", null);

    private static final InstitutionEntry ACRONYM_LISTED = institution(
            "Federal State Institution Scientific Research Institute of Lenses of the Russian Academy of Sciences",
            "RU",
            null,
            "FGU FNTS NIIL RAN");

    private static final InstitutionEntry HAN_BRAND_GROUP =
            institution("Xingchen Group Co., Ltd.", "CN", null, "星辰集团有限公司");
    private static final InstitutionEntry HAN_BRAND_SUBSIDIARY =
            institution("Xingchen Cloud Co., Ltd.", "CN", null, "星辰云计算有限公司");

    private static final InstitutionEntry HAN_GROUP_WITH_FORM =
            institution("Xinghai Heavy Industry Group Co., Ltd.", "CN", null, "星海重工集团有限公司");

    private static final InstitutionEntry HOST = institution("Lakeview University", "CN", null);
    private static final InstitutionEntry HOSTED_LAB =
            institution("XYZ Defense S&T Key Laboratory of Signal Processing at Lakeview University", "CN", null);

    private static final InstitutionEntry NAMED_ACRONYM =
            institution("Omsk Scientific Research Institute of Lenses", "RU", null, "OmNIIL");

    private final InstitutionMatcher matcher = new InstitutionMatcher(List.of(
            NAMED_ACRONYM,
            HOST,
            HOSTED_LAB,
            HAN_GROUP_WITH_FORM,
            HAN_BRAND_GROUP,
            HAN_BRAND_SUBSIDIARY,
            ACRONYM_LISTED,
            SIBERIAN,
            RUSSIAN_TECHNOLOGICAL,
            FRONTIER,
            HAN_GROUP,
            HAN_GROUP_LISTED_AGAIN,
            HAN_UNIT,
            OTHER_PARENT,
            OTHER_UNIT,
            SHORT_PLA_NAME,
            EPONYMOUS,
            TECHNICAL,
            SOUTH,
            ACADEMY,
            POLYTECHNIC,
            TECHNOLOGICAL,
            PLAIN,
            CHEMISTRY,
            NAVAL,
            ORLOV,
            BRAND,
            BRAND_GROUP,
            BRAND_SUBSIDIARY,
            NOT_A_COMPANY));

    @Test
    void aUniversityNamedWithAnotherFormOfItsTechnologyWordIsAnotherUniversity() {
        assertThat(matcher.match("Lanxi University of Technology, Lanxi", "CN", MIN_SCORE, 1))
                .isEmpty();
        assertThat(matcher.match("School of Textiles, Qingshan Polytechnic University", "CN", MIN_SCORE, 1))
                .isEmpty();
        assertThat(matcher.match("Heyuan University of Technology", "CN", MIN_SCORE, 1))
                .isEmpty();
        assertThat(ids(matcher.match("Lanxi Polytech Univ, Sch Mat", null, MIN_SCORE, 1)))
                .containsExactly(POLYTECHNIC.id());
        assertThat(ids(matcher.match("Qingshan Technological University, Qingshan", "CN", MIN_SCORE, 1)))
                .containsExactly(TECHNOLOGICAL.id());
        assertThat(TechnologyForms.differ("lanxi university of science and technology", "Lanxi Polytechnic University"))
                .isFalse();
    }

    @Test
    void aRussianNameIsReadWithoutTheAcademyAndWithItsEponymFirst() {
        assertThat(ids(matcher.match("Институт химии им. А.Б. Зорина УрО РАН, Екатеринбург", "RU", MIN_SCORE, 1)))
                .containsExactly(CHEMISTRY.id());
        assertThat(ids(matcher.match(
                        "Военно-морская академия имени Адмирала Флота П.С. Петрова, Севастополь", null, MIN_SCORE, 1)))
                .containsExactly(NAVAL.id());
        assertThat(RussianEponymNames.readings("institut khimii i fiziki imeni a b zorina so ran"))
                .containsExactly("institut khimii and fiziki", "zorin institut khimii and fiziki");
    }

    @Test
    void russianAdjectivesOfPlaceKindAndSubjectReadInEnglish() {
        assertThat(ids(matcher.match("Сибирский научно-исследовательский институт физики, Омск", "RU", MIN_SCORE, 1)))
                .containsExactly(SIBERIAN.id());
        assertThat(ids(matcher.match("Российский технологический институт физики, Москва", "RU", MIN_SCORE, 1)))
                .containsExactly(RUSSIAN_TECHNOLOGICAL.id());
    }

    @Test
    void aRussianAcronymIsKnownWithoutItsLegalForm() {
        assertThat(ids(matcher.match("НИИЛ РАН, Москва", "RU", MIN_SCORE, 1))).containsExactly(ACRONYM_LISTED.id());
        assertThat(ids(matcher.match("NIIL RAN, Moscow", "RU", MIN_SCORE, 1))).containsExactly(ACRONYM_LISTED.id());
        assertThat(RussianLegalForms.withoutForms("Institute of Lenses FGU")).isEmpty();
    }

    @Test
    void aLatinNameIsReadWithoutThePersonItIsNamedAfterAndItsLegalForm() {
        assertThat(ids(matcher.match("JSC OmNIIL named after K.L. Orlov, Omsk 644000", "RU", MIN_SCORE, 1)))
                .containsExactly(NAMED_ACRONYM.id());
        assertThat(RussianLegalForms.withoutLeadingForms("jsc omniil")).isEqualTo("omniil");
    }

    @Test
    void anAcademyAcronymStandsOnlyForTheInstituteNamedAfterTheSamePerson() {
        assertThat(ids(matcher.match("Оптико-технологический институт имени К.Л. Орлова РАН", "RU", MIN_SCORE, 1)))
                .containsExactly(ORLOV.id());
        assertThat(matcher.match("Оптико-технический институт им. Н.Н. Сидорова РАН", "RU", MIN_SCORE, 1))
                .isEmpty();
    }

    @Test
    void aCompanyNamedWithAListedCompanysBrandIsThatCompanyAtHomeOrAbroad() {
        assertThat(ids(matcher.match(
                        "Zephyrlink Technologies Bremen GmbH, Nordic Research Center, Germany", "DE", MIN_SCORE, 1)))
                .containsExactly(BRAND.id());
        assertThat(ids(matcher.match("Zephyrlink International Pte. Ltd., Singapore", "SG", MIN_SCORE, 1)))
                .containsExactly(BRAND.id());
        assertThat(ids(matcher.match("Quillon Cloud Services Co., Ltd., Jinan", "CN", MIN_SCORE, 1)))
                .containsExactly(BRAND_GROUP.id());
        assertThat(ids(matcher.match("Quillon Information Industry Co., Ltd., Jinan", "CN", MIN_SCORE, 1)))
                .containsExactly(BRAND_SUBSIDIARY.id());
    }

    @Test
    void aHanCompanyNameStartingWithAListedGroupsBrandIsThatGroupUnlessItIsListedItself() {
        assertThat(ids(matcher.match("星辰电子信息产业股份有限公司，济南", "CN", MIN_SCORE, 1))).containsExactly(HAN_BRAND_GROUP.id());
        assertThat(ids(matcher.match("星辰云计算有限公司，济南", "CN", MIN_SCORE, 1))).containsExactly(HAN_BRAND_SUBSIDIARY.id());
        assertThat(matcher.match("星辰电子信息产业研究院", "CN", MIN_SCORE, 1)).isEmpty();
    }

    @Test
    void aChineseGroupsHanNameIsKnownWithAnyRegistrationFormOrNone() {
        assertThat(ids(matcher.match("星海重工集团公司第七研究所，杭州", "CN", MIN_SCORE, 1)))
                .containsExactly(HAN_GROUP_WITH_FORM.id());
        assertThat(ids(matcher.match("星海重工集团第七〇一研究所", "CN", MIN_SCORE, 1))).containsExactly(HAN_GROUP_WITH_FORM.id());
        assertThat(LegalForms.hanGroupNames("星海重工有限公司")).isEmpty();
    }

    @Test
    void aBrandStandsOnlyForAListedCompany() {
        assertThat(matcher.match("Orvalis Consulting GmbH, Bremen", "DE", MIN_SCORE, 1))
                .isEmpty();
        assertThat(matcher.match("Beijing Zephyr Technologies Co., Ltd.", "CN", MIN_SCORE, 1))
                .isEmpty();
        assertThat(BrandedCompanies.brandOf("beijing technologies co ltd", InstitutionVocabulary.INSTANCE))
                .isNull();
    }

    @Test
    void webOfScienceAbbreviationsAreSpeltOut() {
        assertThat(ids(matcher.match(
                        "Lakeside State Tech Univ, Dept Phys, Lakeside 105005, Russia", null, MIN_SCORE, 1)))
                .containsExactly(TECHNICAL.id());
        assertThat(ids(matcher.match("Cent S Lakeside Univ, Sch Met & Environm, Changsha", null, MIN_SCORE, 1)))
                .containsExactly(SOUTH.id());
        assertThat(WebOfScienceReadings.spelt("e china normal univ")).isEqualTo("east china normal univ");
        assertThat(WebOfScienceReadings.spelt("school of e commerce")).isNull();
    }

    @Test
    void theSpanishAdjectiveChinaAfterANounIsChinese() {
        assertThat(ids(matcher.match("Academia China de Física, Pekín", "CN", MIN_SCORE, 1)))
                .containsExactly(ACADEMY.id());
        assertThat(SpanishAdjectives.read("universidad de china")).isNull();
    }

    @Test
    void aListedNameEndingWithItsEponymIsAlsoKnownWithoutIt() {
        assertThat(ids(matcher.match(
                        "Institute of Physics and Technology, Amber Coast Federal University, Kaliningrad",
                        "RU",
                        MIN_SCORE,
                        1)))
                .containsExactly(EPONYMOUS.id());
        assertThat(ListedEponyms.withoutEponym(
                        "Institute of Optics Named After A.B. Ivanov of the Russian Academy of Sciences"))
                .isEmpty();
    }

    @Test
    void aShortPlaNameCountsAsTheFirstWordOfASegmentPlacedInItsCountry() {
        assertThat(ids(matcher.match("火箭防御大学 控制工程学院，西安", "CN", MIN_SCORE, 1))).containsExactly(SHORT_PLA_NAME.id());
        assertThat(ids(matcher.match("火箭防御大学，西安", null, MIN_SCORE, 1))).containsExactly(SHORT_PLA_NAME.id());
        assertThat(ids(matcher.match("南京火箭防御大学", "CN", MIN_SCORE, 1))).doesNotContain(SHORT_PLA_NAME.id());
        assertThat(matcher.match("火箭防御大学", "TW", MIN_SCORE, 1)).isEmpty();
    }

    @Test
    void theArmySpeltOutInEnglishReadsAsPla() {
        assertThat(ids(matcher.match(
                        "Academy of Frontier Studies of the Chinese People's Liberation Army, Beijing",
                        "CN",
                        MIN_SCORE,
                        1)))
                .containsExactly(FRONTIER.id());
    }

    @Test
    void aListedUnitWrittenAfterItsGroupsHanNameIsTheUnit() {
        assertThat(ids(matcher.match("星河航空南山飞机设计研究院", "CN", MIN_SCORE, 1))).containsExactly(HAN_UNIT.id());
        assertThat(ids(matcher.match("星河航空透镜研究所", "CN", MIN_SCORE, 1))).doesNotContain(OTHER_UNIT.id());
    }

    @Test
    void aKeyLaboratoryNamedByTheAcronymOfAListedOneBesideItsHostIsThatLaboratory() {
        assertThat(ids(matcher.match(
                        "XYZ National Key Laboratory of Defense Technology, Lakeview University, Lakeview",
                        "CN",
                        MIN_SCORE,
                        1)))
                .containsExactly(HOSTED_LAB.id());
        assertThat(ids(matcher.match("Key Laboratory of Optics, Lakeview University", "CN", MIN_SCORE, 1)))
                .containsExactly(HOST.id());
        assertThat(ids(matcher.match("XYZ Key Laboratory, Hillside University", "CN", MIN_SCORE, 1)))
                .doesNotContain(HOSTED_LAB.id());
    }

    private static List<UUID> ids(List<NameMatch> found) {
        return found.stream().map(NameMatch::id).toList();
    }
}
