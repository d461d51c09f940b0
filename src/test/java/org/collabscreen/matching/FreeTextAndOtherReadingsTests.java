package org.collabscreen.matching;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * Issue 15's twelfth round: names inside free text (a grant portal's partner field, a consortium list with ISO codes, a
 * news sentence), pinyin run together in lower case, Russian legal-form acronyms before a name, spellings that differ
 * by a word's form or a given name's romanisation, a name's own acronym in brackets after it, and a college written
 * after a university's Han name as its school, a key laboratory named after a short acronym as that body's, and a
 * unit named after its institution's one-word short name, a company named without its province, and a body named
 * before the one it belongs to, and a listed unit of the body an acronym stands for ranked above the university
 * hosting it, and a university's Han short form.
 */
class FreeTextAndOtherReadingsTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry MARINE = institution("Qilin University of Marine Widgets", "CN", null);
    private static final InstitutionEntry ALPINE =
            institution("Alpine Institute of Signal Processing", "CN", null, "青岭信号处理学院");
    private static final InstitutionEntry NUCLEAR = institution("Northern Isotope Centre", "RU", null);
    private static final InstitutionEntry IMAM = institution("Imam Hossein Widget University", "IR", null);
    private static final InstitutionEntry FLIGHT =
            institution("Eastern Aeronautics and Astronautics Academy", "CN", null);
    private static final InstitutionEntry ACADEMY = institution("Ruritanian Academy of Sciences", "RU", null);
    private static final InstitutionEntry LAKESIDE = institution("Lakeside Minority University", "CN", null, "LKMU");

    private static final InstitutionEntry HAN_UNIVERSITY = institution("Qingling University", "CN", null, "青岭大学");
    private static final InstitutionEntry HAN_COLLEGE =
            institution("College of Maritime Relations", "CN", null, "海事关系学院");

    private static final InstitutionEntry KESTREL = institution("Kestrel Academy of Sciences", "CN", null, "KAS");

    private static final InstitutionEntry BRIGHTWATER =
            institution("Brightwater Institute of Science and Technology", "RU", null, "Brightech");
    private static final InstitutionEntry WOLFRAM = institution("Wolfram Industries Group", "CN", null, "Wolfrinco");
    private static final InstitutionEntry KESTREL_LABORATORY =
            institution("Kestrel Academy of Sciences – Key Laboratory for Widget Physics", "CN", KESTREL.id());
    private static final InstitutionEntry LAKESIDE_UNIVERSITY =
            institution("Lakeside University of Widgets", "CN", null);
    private static final InstitutionEntry HAN_TECH_UNIVERSITY =
            institution("Qingling University of Science and Technology", "CN", null, "青岭科技大学");
    private static final InstitutionEntry GUARD_ACADEMY = institution("Coastal Guard Academy", "CN", null);
    private static final InstitutionEntry STARLING =
            institution("Fujian Starling Aviation Industry Co., Ltd.", "CN", null);

    private final InstitutionMatcher matcher = new InstitutionMatcher(List.of(
            MARINE,
            ALPINE,
            NUCLEAR,
            IMAM,
            FLIGHT,
            ACADEMY,
            LAKESIDE,
            HAN_UNIVERSITY,
            HAN_COLLEGE,
            KESTREL,
            BRIGHTWATER,
            WOLFRAM,
            STARLING,
            GUARD_ACADEMY,
            KESTREL_LABORATORY,
            LAKESIDE_UNIVERSITY,
            HAN_TECH_UNIVERSITY));

    @Test
    void researchAndDevelopmentIsReadForRAndD() {
        assertThat(ResearchAndDevelopment.spelt(NameNormaliser.normalise("Qilin Widget R&D Center")))
                .isEqualTo("qilin widget research and development center");
        assertThat(ResearchAndDevelopment.spelt("qilin widget research center")).isNull();
        assertThat(ResearchAndDevelopment.spelt("qilin r and b studio")).isNull();
    }

    @Test
    void aSpacedDashPartsFieldsButAHyphenInsideAWordDoesNot() {
        assertThat(AffiliationParts.segments("Partner 3 (coordinator) – QILIN WIDGETS – PIC 123456789 – CN"))
                .containsExactly("Partner 3", "coordinator", "QILIN WIDGETS", "PIC 123456789", "CN");
        assertThat(AffiliationParts.segments("Qilin-Widgets Institute, Sometown"))
                .containsExactly("Qilin-Widgets Institute", "Sometown");
    }

    @Test
    void findsTheNameInAGrantPortalsPartnerFieldInCapitals() {
        assertThat(ids(matcher.match(
                        "Partner 3 (coordinator) – QILIN UNIVERSITY OF MARINE WIDGETS – PIC 123456789 – CN",
                        "CN",
                        MIN_SCORE,
                        1)))
                .containsExactly(MARINE.id());
    }

    @Test
    void anIsoCodeInBracketsPlacesTheNameBeforeIt() {
        assertThat(FreeTextNames.countryCode("CN")).isEqualTo("CN");
        assertThat(FreeTextNames.countryCode("ZZ")).isNull();
        assertThat(FreeTextNames.countryCode("cn")).isNull();
        assertThat(ids(matcher.match(
                        "Consortium partners: Technische Universität München (DE); Qilin University of Marine Widgets"
                                + " (CN); Politecnico di Torino (IT)",
                        null,
                        MIN_SCORE,
                        1)))
                .containsExactly(MARINE.id());
    }

    @Test
    void readsTheCapitalisedRunsOfASentenceButNotOfAName() {
        assertThat(FreeTextNames.capitalisedRuns(
                        "Engineers from the Qilin University of Marine Widgets in Sometown presented a buoy on Monday"))
                .containsExactly("Qilin University of Marine Widgets");
        assertThat(FreeTextNames.capitalisedRuns(
                        "Institute of Applied Widgets of the Ruritanian Academy of Sciences in Sometown"))
                .isEmpty();
        assertThat(ids(matcher.match(
                        "Engineers from the Qilin University of Marine Widgets in Sometown presented a buoy on"
                                + " Monday, local media said.",
                        "CN",
                        MIN_SCORE,
                        1)))
                .containsExactly(MARINE.id());
        assertThat(matcher.match(
                        "Institute of Applied Widgets of the Ruritanian Academy of Sciences, Sometown",
                        "RU",
                        MIN_SCORE,
                        1))
                .isEmpty();
    }

    @Test
    void readsPinyinRunTogetherInLowerCaseAsTheListedHanName() {
        String rendering = Romanisation.of("青岭信号处理学院").get(0).replace(" ", "");
        assertThat(PinyinSyllables.isRun(rendering)).isTrue();
        assertThat(PinyinSyllables.isRun("marinewidgets")).isFalse();
        assertThat(ids(matcher.match(rendering, null, MIN_SCORE, 1))).containsExactly(ALPINE.id());
    }

    @Test
    void readsANameWithoutTheRussianLegalFormAcronymsBeforeIt() {
        assertThat(SegmentReadings.respelt("nrc northern isotope centre")).contains("northern isotope centre");
        assertThat(SegmentReadings.respelt("northern isotope centre")).isEmpty();
        assertThat(ids(matcher.match("NRC \"Northern Isotope Centre\", Moscow", "RU", MIN_SCORE, 1)))
                .containsExactly(NUCLEAR.id());
    }

    @Test
    void foldsAGivenNamesRomanisationsAndAdjectivesOfSubjects() {
        Vocabulary words = InstitutionVocabulary.INSTANCE;
        assertThat(words.canonical("husain")).isEqualTo(words.canonical("hossein"));
        assertThat(words.canonical("aeronautical")).isEqualTo(words.canonical("aeronautics"));
        assertThat(ids(matcher.match("Imam Husain Widget University, Tehran", "IR", MIN_SCORE, 1)))
                .containsExactly(IMAM.id());
        assertThat(ids(matcher.match("Eastern Aeronautical and Astronautical Academy", "CN", MIN_SCORE, 1)))
                .containsExactly(FLIGHT.id());
    }

    @Test
    void anAcronymInBracketsThatSpellsTheNameBeforeItIsThatNamesOwn() {
        assertThat(OwnAcronyms.spells("lkmu", "lakeside kelp marine university"))
                .isTrue();
        assertThat(OwnAcronyms.spells("lkmu", "institute of optics")).isFalse();
        assertThat(matcher.match("Lakeside Kelp Marine University (LKMU), School of Navigation", "CN", MIN_SCORE, 1))
                .isEmpty();
        assertThat(ids(matcher.match("Institute of Optics (LKMU), Sometown", "CN", MIN_SCORE, 1)))
                .containsExactly(LAKESIDE.id());
    }

    @Test
    void aCollegeNamedAfterAUniversityIsItsSchoolThoughAnotherCollegeBearsThatName() {
        assertThat(HanUnits.isSchoolOfUniversity("青岭大学", "海事关系学院")).isTrue();
        assertThat(HanUnits.isSchoolOfUniversity("青岭集团", "海事关系学院")).isFalse();
        assertThat(ids(matcher.match("青岭大学海事关系学院", null, MIN_SCORE, 1))).containsExactly(HAN_UNIVERSITY.id());
        assertThat(ids(matcher.match("海事关系学院", null, MIN_SCORE, 1))).containsExactly(HAN_COLLEGE.id());
    }

    @Test
    void aKeyLaboratoryNamedAfterAShortAcronymBesideItsHostIsThatBodys() {
        assertThat(ids(matcher.match(
                        "Sometown Inst Widgetry, KAS Key Lab Special Widgets & Safety, Sometown 430000",
                        "CN",
                        MIN_SCORE,
                        1)))
                .containsExactly(KESTREL.id());
        assertThat(matcher.match(
                        "Sometown Inst Widgetry, KAS Centre Special Widgets, Sometown 430000", "CN", MIN_SCORE, 1))
                .isEmpty();
        assertThat(matcher.match("KAS Key Laboratory of Urban Widgets, Sometown", "CN", MIN_SCORE, 1))
                .isEmpty();
    }

    @Test
    void aUnitNamedAfterItsInstitutionsOneWordShortNameIsThatInstitutions() {
        Vocabulary words = InstitutionVocabulary.INSTANCE;
        assertThat(ResearchArms.leadingNameOfUnit("brightech center for energy science", words))
                .isEqualTo("brightech");
        assertThat(ResearchArms.leadingNameOfUnit("moscow center for energy science", words))
                .isNull();
        assertThat(ResearchArms.leadingBrandOf("wolfrinco 212 research institute", words))
                .isEqualTo("wolfrinco");
        assertThat(ids(matcher.match("Brightech Center for Energy Science and Technology, Moscow", "RU", MIN_SCORE, 1)))
                .containsExactly(BRIGHTWATER.id());
        assertThat(ids(matcher.match("Wolfrinco 212 Research Institute, Sometown", "CN", MIN_SCORE, 1)))
                .containsExactly(WOLFRAM.id());
    }

    @Test
    void aCompanyIsNamedWithoutTheProvinceItsRegisteredNameStartsWith() {
        assertThat(LegalForms.withoutProvince("Fujian Starling Aviation Industry Co., Ltd."))
                .hasValue("Starling Aviation Industry");
        assertThat(LegalForms.withoutProvince("Fujian Starling Co., Ltd.")).isEmpty();
        assertThat(LegalForms.withoutProvince("Fujian Institute of Widgets")).isEmpty();
        assertThat(ids(matcher.match("Starling Aviation Industry, Sometown, Fujian", "CN", MIN_SCORE, 1)))
                .containsExactly(STARLING.id());
    }

    @Test
    void aBodyNamedBeforeTheOneItBelongsToIsReadByItsOwnName() {
        assertThat(SegmentReadings.beforeItsOwner("coastal guard academy of the ruritanian maritime force"))
                .isEqualTo("coastal guard academy");
        assertThat(SegmentReadings.beforeItsOwner("institute of physics of the ruritanian academy"))
                .isNull();
        assertThat(SegmentReadings.beforeItsOwner("coastal guard academy of the " + "a".repeat(200) + " 1"))
                .isNull();
        assertThat(ids(matcher.match(
                        "Coastal Guard Academy of the Ruritanian Maritime Police Force, Sometown", "CN", MIN_SCORE, 1)))
                .containsExactly(GUARD_ACADEMY.id());
    }

    @Test
    void aListedUnitOfTheBodyAnAcronymStandsForRanksAboveTheUniversityHostingIt() {
        assertThat(NamedUnitsFirst.writtenAt(
                        " kas key laboratory of widget physics lakeside ",
                        "kestrel academy of sciences key laboratory of widget physics"))
                .isEqualTo(" kas key laboratory of".length());
        assertThat(ids(matcher.match(
                        "KAS Key Laboratory of Widget Physics, Lakeside University of Widgets, Sometown 230026",
                        "CN",
                        MIN_SCORE,
                        1)))
                .containsExactly(KESTREL_LABORATORY.id());
    }

    @Test
    void readsAUniversityOfScienceAndTechnologyByItsHanShortForm() {
        assertThat(HanShortNames.of("青岭科技大学")).hasValue("青岭科大");
        assertThat(HanShortNames.of("科技大学")).isEmpty();
        assertThat(ids(matcher.match("青岭科大信息学院", "CN", MIN_SCORE, 1))).containsExactly(HAN_TECH_UNIVERSITY.id());
    }

    private static List<UUID> ids(List<NameMatch> matches) {
        return matches.stream().map(NameMatch::id).toList();
    }

    @Test
    void aCompanyInASentenceIsReadWithoutItsShortRegistrationForm() {
        assertThat(LegalForms.withoutRegistration("Widget Machinery Industry Co."))
                .contains("Widget Machinery Industry");
        InstitutionEntry company = institution("Hunan Widget Machinery Industry Co., Ltd.", "CN", null);
        InstitutionMatcher matcher = new InstitutionMatcher(List.of(company));

        assertThat(matcher.match("Hunan Widget Machinery Industry Co. supplied the gear trains", "CN", 0.8, 1))
                .extracting(NameMatch::id)
                .containsExactly(company.id());
    }
}
