package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * Issue 15's fifteenth round: Clarivate's "AF" and run-together initials, subject and organisation words of French,
 * Spanish and German renderings and Clarivate's "Acoust", and a listed name without the Soviet orders it bears.
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

    private final InstitutionMatcher matcher =
            new InstitutionMatcher(List.of(AIR_FORCE, EPONYM, TECHNICAL, CHEMICAL, ACOUSTICS, ORDERED));

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
}
