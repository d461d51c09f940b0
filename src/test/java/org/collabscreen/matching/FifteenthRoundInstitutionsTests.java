package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * Issue 15's fifteenth round: Clarivate's "AF" and run-together initials, subject and organisation words of French,
 * Spanish and German renderings and Clarivate's "Acoust", a listed name without the Soviet orders it bears, a campus
 * a listed entry names in Han, a Han unit written apart from its parent, a body named before its school, "Hi-Tech" and
 * "Proc", and a listed laboratory named after the host its own name ends with.
 */
class FifteenthRoundInstitutionsTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry AIR_FORCE =
            institution("Air Force Widget Engineering University", "CN", null);
    private static final InstitutionEntry EPONYM = institution("Widgetov Moscow State University", "RU", null);
    private static final InstitutionEntry TECHNICAL =
            institution("Gadgetov Moscow State Technical University", "RU", null);
    private static final InstitutionEntry CHEMICAL = institution("Lakeside Institute of Chemical Physics", "CN", null);
    private static final InstitutionEntry ACOUSTICS = institution("Hillside Institute of Acoustics", "CN", null);
    private static final InstitutionEntry ORDERED = institution(
            "Moscow Order of the Red Banner of Labor Widget Research Institute JSC",
            "RU",
            null,
            "Московский ордена Ленина институт виджетов");
    private static final InstitutionEntry WIDGETTECH =
            institution("Moscow Institute of Widget Technology", "RU", null, "Widgettech");
    private static final InstitutionEntry HIGH_TECH =
            institution("Qelbar Research Institute of High Technology", "CN", null);
    private static final InstitutionEntry HOST = institution("Qelbar University", "CN", null);
    private static final InstitutionEntry HOSTED = institution(
            "Defense S&T Key Laboratory of Widget Signal Processing at Qelbar University",
            "CN",
            null,
            "National Lab of Widget Signal Processing");
    private static final InstitutionEntry UNIVERSITY = institution("Widget University", "CN", null, "微件大学");
    private static final InstitutionEntry CAMPUS =
            institution("Widget University (Wuhan)", "CN", UNIVERSITY.id(), "微件大学(武汉)");
    private static final InstitutionEntry ACADEMY = institution("Chinese Academy of Widgets", "CN", null, "中国微件院");
    private static final InstitutionEntry INSTITUTE =
            institution("Institute of Widget Chemistry", "CN", ACADEMY.id(), "中国微件院化学研究所");

    private final InstitutionMatcher matcher = new InstitutionMatcher(List.of(
            AIR_FORCE,
            EPONYM,
            TECHNICAL,
            CHEMICAL,
            ACOUSTICS,
            ORDERED,
            WIDGETTECH,
            HIGH_TECH,
            HOST,
            HOSTED,
            UNIVERSITY,
            CAMPUS,
            ACADEMY,
            INSTITUTE));

    private String best(String input) {
        List<NameMatch> found = matcher.match(input, null, MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void clarivatesAfIsAirForceInAnAbbreviatedAddress() {
        assertThat(best("AF WIDGET ENGN UNIV, SCH SCI, XIAN 710051"))
                .isEqualTo(AIR_FORCE.id().toString());
        assertThat(best("AF Widget Engineering")).isNull();
    }

    @Test
    void initialsRunTogetherBeforeASurnameAreDroppedInAnAbbreviatedAddress() {
        assertThat(best("MOSCOW AB WIDGETOV STATE UNIV, FAC CHEM"))
                .isEqualTo(EPONYM.id().toString());
        assertThat(best("MOSCOW AB GIZMOV STATE UNIV, FAC CHEM")).isNull();
        assertThat(WebOfScienceReadings.spelt("moscow ab widgetov state univ")).isEqualTo("moscow widgetov state univ");
        assertThat(WebOfScienceReadings.spelt("moscow ab state univ")).isNull();
    }

    @Test
    void subjectAndOrganisationWordsOfOtherLanguagesFoldToTheEnglishOnes() {
        assertThat(best("Universidad Técnica Estatal Gadgetov de Moscú"))
                .isEqualTo(TECHNICAL.id().toString());
        assertThat(best("Lakeside-Institut für Chemische Physik"))
                .isEqualTo(CHEMICAL.id().toString());
        assertThat(best("Institut de physique chimique de Lakeside"))
                .isEqualTo(CHEMICAL.id().toString());
        assertThat(best("HILLSIDE INST ACOUST, HILLSIDE 100190"))
                .isEqualTo(ACOUSTICS.id().toString());
        assertThat(best("HILLSIDE INST OPT, HILLSIDE 100190")).isNull();
    }

    @Test
    void aListedNameIsAlsoKnownWithoutTheSovietOrdersItBears() {
        assertThat(best("Moscow Widget Research Institute, Moscow"))
                .isEqualTo(ORDERED.id().toString());
        assertThat(best("Московский институт виджетов")).isEqualTo(ORDERED.id().toString());
        assertThat(best("Moscow Gadget Research Institute, Moscow")).isNull();
        assertThat(SovietOrders.withoutOrders("Twice Order of Lenin Widget Institute"))
                .hasValue("Widget Institute");
        assertThat(SovietOrders.withoutOrders("Order of Widgets Institute")).isEmpty();
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
    void hiTechIsHighTechnology() {
        assertThat(best("Qelbar Research Institute of Hi-Tech, Qelbar 710025"))
                .isEqualTo(HIGH_TECH.id().toString());
        assertThat(best("Qelbar Research Institute of Hi-Fi")).isNull();
    }

    @Test
    void aLaboratoryWhoseNameEndsWithItsHostRanksAboveTheHostWrittenFirst() {
        assertThat(best("QELBAR UNIV, NATL LAB WIDGET SIGNAL PROC, QELBAR 710071"))
                .isEqualTo(HOSTED.id().toString());
        assertThat(best("QELBAR UNIV, SCH ELECT ENGN, QELBAR 710071"))
                .isEqualTo(HOST.id().toString());
    }
}
