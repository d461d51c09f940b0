package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * Clarivate's abbreviations in Web of Science addresses: "Computat", "Med" for Medicine, "Comp" and the short
 * "Telecom", "AF" for Air Force, initials run together before a surname, and "Hi-Tech".
 */
class WebOfScienceAbbreviationsTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry COMPUTATIONAL_CENTRE =
            institution("Lakeside Computational Widget Research Center", "CN", null);
    private static final InstitutionEntry MEDICINE = institution("Lakeside Institute of Widget Medicine", "CN", null);
    private static final InstitutionEntry COMPUTING =
            institution("Lakeside Institute of Computing Widgets", "CN", null);
    private static final InstitutionEntry POSTS =
            institution("Lakeside University of Posts and Telecommunications", "CN", null);
    private static final InstitutionEntry AIR_FORCE =
            institution("Air Force Widget Engineering University", "CN", null);
    private static final InstitutionEntry EPONYM = institution("Widgetov Moscow State University", "RU", null);
    private static final InstitutionEntry TECHNICAL =
            institution("Gadgetov Moscow State Technical University", "RU", null);
    private static final InstitutionEntry HIGH_TECH =
            institution("Qelbar Research Institute of High Technology", "CN", null);

    private final InstitutionMatcher matcher = new InstitutionMatcher(
            List.of(COMPUTATIONAL_CENTRE, MEDICINE, COMPUTING, POSTS, AIR_FORCE, EPONYM, TECHNICAL, HIGH_TECH));

    private String best(String input) {
        List<NameMatch> found = matcher.match(input, null, MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
    }

    @Test
    void clarivatesComputatReadsAsComputational() {
        assertThat(best("Lakeside Computat Widget Res Ctr, Lakeside 100000, Peoples R China"))
                .isEqualTo(COMPUTATIONAL_CENTRE.id().toString());
    }

    @Test
    void clarivatesMedReadsAsMedicineAsWellAsMedical() {
        assertThat(best("Lakeside Inst Widget Med, Lakeside 100000, Peoples R China"))
                .isEqualTo(MEDICINE.id().toString());
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
    void hiTechIsHighTechnology() {
        assertThat(best("Qelbar Research Institute of Hi-Tech, Qelbar 710025"))
                .isEqualTo(HIGH_TECH.id().toString());
        assertThat(best("Qelbar Research Institute of Hi-Fi")).isNull();
    }
}
