package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * Issue 15's fourteenth round: an alias that only names a Chinese province names nothing, a compass word before
 * "China" names a region, the Russian MoD written short is who supervises an institute, a group's numbered unit
 * written "No. N", with the group first, with the group's name short of its legal form, or in Han numerals, a defence
 * key laboratory's own English name, a listed name without the acronym it writes between its name and parent, and a
 * company named by a listed company's brand after its city or before a city, and Clarivate's "Comp" and the short
 * "Telecom", the scholarly "-ij" of Russian adjectives, and a PLA 学院 as a College, an Institute or an Academy.
 */
class FourteenthRoundInstitutionsTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry MACHINERY =
            institution("Qinghai Widget Machinery Group Co., Ltd.", "CN", null, "Qinhgai", "Widget Machinery");
    private static final InstitutionEntry UNIVERSITY =
            institution("University of Widget Science and Technology of China", "CN", null);
    private static final InstitutionEntry SOUTH_CHINA = institution("South China Widget University", "CN", null);
    private static final InstitutionEntry RUSSIAN_INSTITUTE =
            institution("27th Central Scientific Research Widget Institute", "RU", null);
    private static final InstitutionEntry GROUP =
            institution("China Widget Electronics Group Corporation", "CN", null, "CWEG", "中国微件电子集团有限公司");
    private static final InstitutionEntry NINTH = institution("9th Research Institute of CWEG", "CN", GROUP.id());
    private static final InstitutionEntry FOURTEENTH =
            institution("The 14th Research Institute of CWEG", "CN", GROUP.id());

    private static final InstitutionEntry KEY_LABORATORY =
            institution("Key Laboratory of Widget Signal Engineering", "CN", null);
    private static final InstitutionEntry ACADEMY = institution("Russian Academy of Sciences", "RU", null, "RAS");
    private static final InstitutionEntry WITH_ACRONYM = institution(
            "B.B. Petrov Institute for Widget Transmission Problems, IWTP, Russian Academy of Sciences",
            "RU",
            ACADEMY.id());

    private static final InstitutionEntry ZORBEL =
            institution("Zorbel Group", "CN", null, "Zorbel Technology Co., Ltd.");
    private static final InstitutionEntry QWX = institution("QWX Company Limited", "CN", null, "QWX");
    private static final InstitutionEntry KELDA_ONE = institution("Kelda Group Co., Ltd.", "CN", null);
    private static final InstitutionEntry KELDA_TWO = institution("Kelda Limited", "CN", null);

    private static final InstitutionEntry COMPUTING =
            institution("Lakeside Institute of Computing Widgets", "CN", null);
    private static final InstitutionEntry POSTS =
            institution("Lakeside University of Posts and Telecommunications", "CN", null);

    private static final InstitutionEntry VOLZHSK =
            institution("Volzhsk Institute of Widget Physics", "RU", null, "Volzhskiy vidzhetnyy institut");

    private static final InstitutionEntry PLA_COLLEGE =
            institution("Army Widget Engineering College", "CN", null, "中国人民解放军陆军微件工程学院");
    private static final InstitutionEntry CIVILIAN_COLLEGE =
            institution("College of Widget Relations", "CN", null, "微件关系学院");

    private final InstitutionMatcher matcher = new InstitutionMatcher(List.of(
            PLA_COLLEGE,
            CIVILIAN_COLLEGE,
            VOLZHSK,
            COMPUTING,
            POSTS,
            ZORBEL,
            QWX,
            KELDA_ONE,
            KELDA_TWO,
            MACHINERY,
            UNIVERSITY,
            SOUTH_CHINA,
            RUSSIAN_INSTITUTE,
            GROUP,
            NINTH,
            FOURTEENTH,
            KEY_LABORATORY,
            ACADEMY,
            WITH_ACRONYM));

    private String best(String input) {
        List<NameMatch> found = matcher.match(input, null, MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void anAliasThatOnlyNamesAProvinceDoesNotTakeAnotherBodyOfThatProvince() {
        assertThat(best("Qinghai University, Xining 810016")).isNull();
        assertThat(best("Qinghai Widget Machinery Group"))
                .isEqualTo(MACHINERY.id().toString());
        assertThat(best("Widget Machinery")).isEqualTo(MACHINERY.id().toString());
    }

    @Test
    void aCompassWordBeforeChinaNamesARegionNotTheCountry() {
        assertThat(best("East China University of Widget Science and Technology"))
                .isNull();
        assertThat(best("Univ Widget Sci & Technol China"))
                .isEqualTo(UNIVERSITY.id().toString());
        assertThat(best("S China Widget Univ")).isEqualTo(SOUTH_CHINA.id().toString());
        assertThat(best("Widget University, China"))
                .isNotEqualTo(SOUTH_CHINA.id().toString());
    }

    @Test
    void theRussianModWrittenShortIsNoPartOfTheName() {
        assertThat(best("27th Central Research Widget Institute of the Russian MoD"))
                .isEqualTo(RUSSIAN_INSTITUTE.id().toString());
        assertThat(best("27th Central Research Widget Institute of the MoD of Russia"))
                .isEqualTo(RUSSIAN_INSTITUTE.id().toString());
        assertThat(best("28th Central Research Widget Institute of the Russian MoD"))
                .isNull();
    }

    @Test
    void aGroupsNumberedUnitIsReadInOtherWordOrdersAndNumerals() {
        assertThat(best("14th Research Institute of China Widget Electronics Group"))
                .isEqualTo(FOURTEENTH.id().toString());
        assertThat(best("No. 9 Research Institute of CWEG, Hefei 230088"))
                .isEqualTo(NINTH.id().toString());
        assertThat(best("China Widget Electronics Group Corporation 9th Research Institute, Beijing"))
                .isEqualTo(NINTH.id().toString());
        assertThat(best("中国微件电子集团有限公司 第十四研究所")).isEqualTo(FOURTEENTH.id().toString());
        assertThat(best("中国微件电子集团有限公司 第九研究所")).isEqualTo(NINTH.id().toString());
    }

    @Test
    void aNumberNoUnitBearsLeavesTheGroup() {
        assertThat(best("No. 12 Research Institute of China Widget Electronics Group Corporation"))
                .isEqualTo(GROUP.id().toString());
        assertThat(best("中国微件电子集团有限公司 第十二研究所")).isEqualTo(GROUP.id().toString());
    }

    @Test
    void hanOrdinalsNumberUnits() {
        assertThat(UnitNumbers.of("第十四研究所")).containsExactly("14");
        assertThat(UnitNumbers.of("第二十研究所")).containsExactly("20");
        assertThat(UnitNumbers.of("第六研究院")).containsExactly("6");
        assertThat(UnitNumbers.of("第一作者")).isEmpty();
    }

    @Test
    void aDefenceKeyLaboratorysOwnEnglishNameReadsInTheListsForm() {
        assertThat(best("Science and Technology on Widget Signal Engineering Laboratory, Nanjing"))
                .isEqualTo(KEY_LABORATORY.id().toString());
        assertThat(best("National Key Laboratory of Science and Technology on Widget Signal Engineering"))
                .isEqualTo(KEY_LABORATORY.id().toString());
        assertThat(best("Science and Technology on Widget Plasma Laboratory")).isNull();
        assertThat(DefenceKeyLaboratories.asKeyLaboratory("science and technology on campus"))
                .isNull();
    }

    @Test
    void aListedNameIsAlsoReadWithoutTheAcronymItWritesAsASegment() {
        assertThat(best("Petrov Institute for Widget Transmission Problems, RAS, Moscow"))
                .isEqualTo(WITH_ACRONYM.id().toString());
        assertThat(best("Petrov Institute for Widget Distribution Problems, RAS, Moscow"))
                .isNotEqualTo(WITH_ACRONYM.id().toString());
    }

    @Test
    void aCompanyNamedByAListedBrandAfterItsCityIsThatCompany() {
        assertThat(best("Zorbel Photonics Technology Co., Ltd., Shanghai"))
                .isEqualTo(ZORBEL.id().toString());
        assertThat(best("Shenzhen QWX Auto Industry Co., Ltd."))
                .isEqualTo(QWX.id().toString());
        assertThat(best("QWX-Shenzhen, Shenzhen 518083")).isEqualTo(QWX.id().toString());
    }

    @Test
    void aBrandIsReadOnlyBeforeALegalFormOrAPlaceAndOnlyWhenOneCompanyOwnsIt() {
        assertThat(best("Zorbel Street Market Research")).isNull();
        assertThat(best("Kelda Photonics Co., Ltd.")).isNull();
        assertThat(best("Global Widget Technology Co., Ltd.")).isNull();
    }

    @Test
    void compAbbreviatesComputerAndComputingAndTelecomTelecommunications() {
        assertThat(best("Lakeside Inst Comp Widgets, Lakeside 100190"))
                .isEqualTo(COMPUTING.id().toString());
        assertThat(best("Lakeside Institute of Computer Widgets"))
                .isEqualTo(COMPUTING.id().toString());
        assertThat(best("Lakeside Institute of Composite Widgets")).isNull();
        assertThat(best("State Key Lab of Switching, Lakeside Univ. of Posts & Telecom."))
                .isEqualTo(POSTS.id().toString());
        assertThat(best("Lakeside University of Posts and Television")).isNull();
    }

    @Test
    void theScholarlyJForTheShortIReadsAsBgnsY() {
        assertThat(best("Volzhskij vidzhetnyj institut")).isEqualTo(VOLZHSK.id().toString());
        assertThat(InstitutionVocabulary.INSTANCE.canonical("novyj")).isEqualTo("novyy");
        assertThat(InstitutionVocabulary.INSTANCE.canonical("bij")).isEqualTo("bij");
        assertThat(best("Volzhskij gorodskoj institut")).isNull();
    }

    @Test
    void aPlaCollegeIsAlsoNamedAnInstituteOrAnAcademy() {
        assertThat(best("Army Widget Engineering Institute, Beijing"))
                .isEqualTo(PLA_COLLEGE.id().toString());
        assertThat(best("Army Widget Engineering Academy"))
                .isEqualTo(PLA_COLLEGE.id().toString());
        assertThat(best("Institute of Widget Relations, Lakeside University")).isNull();
        assertThat(CollegeRenderings.of(List.of("Chinese Academy of Widgets", "中国微件科学院")))
                .isEmpty();
    }
}
