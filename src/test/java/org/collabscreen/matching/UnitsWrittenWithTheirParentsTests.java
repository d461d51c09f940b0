package org.collabscreen.matching;

import java.util.List;

import org.collabscreen.seed.SeedEntries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * A unit written beside its parent or host: a campus a listed entry names in Han, a Han unit written apart from its
 * parent, a body named before its school, a listed laboratory named after the host its own name ends with, a unit
 * written with its parent after it, a listed name without the acronym it writes between its name and parent, and a
 * parent's unit that the input names rather than another body of the same name.
 */
class UnitsWrittenWithTheirParentsTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry QELBAR = institution("Qelbar University", "CN", null);
    private static final InstitutionEntry HOSTED = institution(
            "Defense S&T Key Laboratory of Widget Signal Processing at Qelbar University",
            "CN",
            null,
            "National Lab of Widget Signal Processing");
    private static final InstitutionEntry HIGH_TECH =
            institution("Qelbar Research Institute of High Technology", "CN", null);
    private static final InstitutionEntry LABORATORY =
            institution("State Key Laboratory of Widget Alloys", "CN", QELBAR.id());
    private static final InstitutionEntry HOSPITAL = institution("Lakeview Hospital", "CN", QELBAR.id());
    private static final InstitutionEntry COMPANY = institution("Gizmotron Technologies Company", "CN", null);
    private static final InstitutionEntry UNIVERSITY = institution("Widget University", "CN", null, "微件大学");
    private static final InstitutionEntry CAMPUS =
            institution("Widget University (Wuhan)", "CN", UNIVERSITY.id(), "微件大学(武汉)");
    private static final InstitutionEntry ACADEMY = institution("Chinese Academy of Widgets", "CN", null, "中国微件院");
    private static final InstitutionEntry INSTITUTE =
            institution("Institute of Widget Chemistry", "CN", ACADEMY.id(), "中国微件院化学研究所");
    private static final InstitutionEntry WIDGETTECH =
            institution("Moscow Institute of Widget Technology", "RU", null, "Widgettech");
    private static final InstitutionEntry RAS = institution("Russian Academy of Sciences", "RU", null, "RAS");
    private static final InstitutionEntry WITH_ACRONYM = institution(
            "B.B. Petrov Institute for Widget Transmission Problems, IWTP, Russian Academy of Sciences",
            "RU",
            RAS.id());

    private final InstitutionMatcher matcher = new InstitutionMatcher(List.of(
            QELBAR,
            HOSTED,
            HIGH_TECH,
            LABORATORY,
            HOSPITAL,
            COMPANY,
            UNIVERSITY,
            CAMPUS,
            ACADEMY,
            INSTITUTE,
            WIDGETTECH,
            RAS,
            WITH_ACRONYM));

    private String best(String input) {
        List<NameMatch> found = matcher.match(input, null, MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void aCampusAListedNameGivesInHanIsThatCampus() {
        assertThat(best("微件大学(武汉) 地球物理学院")).isEqualTo(CAMPUS.id().toString());
        assertThat(best("微件大学(北京) 地球物理学院")).isNotEqualTo(CAMPUS.id().toString());
    }

    @Test
    void aHanUnitWrittenApartFromItsParentIsThatUnit() {
        assertThat(best("中国微件院 化学研究所 某重点实验室")).isEqualTo(INSTITUTE.id().toString());
        assertThat(best("中国微件院 物理研究所 某重点实验室")).isEqualTo(ACADEMY.id().toString());
    }

    @Test
    void aBodyNamedBeforeItsSchoolIsThatBody() {
        assertThat(best("Widgettech School of Applied Mathematics and Informatics, Dolgoprudny"))
                .isEqualTo(WIDGETTECH.id().toString());
        assertThat(best("Gadgettech School of Applied Mathematics and Informatics"))
                .isNull();
        assertThat(SegmentReadings.beforeItsSchool("widgettech faculty of physics"))
                .isEqualTo("widgettech");
        assertThat(SegmentReadings.beforeItsSchool("moscow school of physics")).isNull();
    }

    @Test
    void aLaboratoryWhoseNameEndsWithItsHostRanksAboveTheHostWrittenFirst() {
        assertThat(best("QELBAR UNIV, NATL LAB WIDGET SIGNAL PROC, QELBAR 710071"))
                .isEqualTo(HOSTED.id().toString());
        assertThat(best("QELBAR UNIV, SCH ELECT ENGN, QELBAR 710071"))
                .isEqualTo(QELBAR.id().toString());
    }

    @Test
    void aUnitWrittenWithItsParentAfterItIsThatUnit() {
        assertThat(best("Department of Surgery, Lakeview Hospital of Qelbar University, Qelbar 610041"))
                .isEqualTo(HOSPITAL.id().toString());
        assertThat(best("Department of Surgery, Lakeview Hospital of Zorvan University, Zorvan 610041"))
                .isNotEqualTo(HOSPITAL.id().toString());
        assertThat(UnitOfParentNames.of(HOSPITAL, QELBAR)).hasValue("Lakeview Hospital of Qelbar University");
        assertThat(UnitOfParentNames.of(institution("Widget Chips Co., Ltd.", "CN", COMPANY.id()), COMPANY))
                .isEmpty();
    }

    @Test
    void aListedNameIsAlsoReadWithoutTheAcronymItWritesAsASegment() {
        assertThat(best("Petrov Institute for Widget Transmission Problems, RAS, Moscow"))
                .isEqualTo(WITH_ACRONYM.id().toString());
        assertThat(best("Petrov Institute for Widget Distribution Problems, RAS, Moscow"))
                .isNotEqualTo(WITH_ACRONYM.id().toString());
    }

    /**
     * The Academy's Institute of Automation in Beijing is listed as its unit, so the input names it, and still not the
     * Shenyang institute.
     */
    @Test
    void theAcademysInstituteOfAutomationIsNotTheShenyangOne() {
        List<InstitutionEntry> seeded = SeedEntries.institutions();
        InstitutionEntry beijing = seeded.stream()
                .filter(entry -> entry.name().equals("Institute of Automation"))
                .findFirst()
                .orElseThrow();
        List<NameMatch> found =
                new InstitutionMatcher(seeded).match("CAS Institute of Automation, Beijing", "CN", MIN_SCORE, 3);
        assertThat(found).extracting(NameMatch::id).containsExactly(beijing.id());
    }
}
