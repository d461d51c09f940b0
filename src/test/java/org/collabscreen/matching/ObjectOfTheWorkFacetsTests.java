package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text sensitive by one category's terms that names the platform, the medium, the material or the process the work
 * is for (helicopters, the seabed, coatings, machining) advances that facet's category too, at a confidence below a
 * term's, and says which facet word and which defining heading found it. The same words add nothing to an ordinary
 * text, nor where the work only uses the platform as a tool.
 */
class ObjectOfTheWorkFacetsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Gallium nitride power amplifiers for helicopters|SEMICONDUCTORS|AEROSPACE_SPACE|helicopters|STRA Aerospace, Space and Satellite Technology",
                "Atomic clocks for space missions|PNT|AEROSPACE_SPACE|space|STRA Aerospace, Space and Satellite Technology",
                "Quantum key distribution links to seabed observatories|QUANTUM|MARINE_UNDERWATER|seabed|EU 8A001-8A002 marine systems",
                "Ablative coatings for hypersonic glide vehicles|HYPERSONICS|ADV_MATERIALS|coatings|STRA Advanced Materials and Manufacturing",
                "Baterías de estado sólido para aviones eléctricos|ADV_ENERGY|AEROSPACE_SPACE|avión|STRA Aerospace, Space and Satellite Technology",
                "Transistores de nitruro de galio para misiles|SEMICONDUCTORS|ADV_WEAPONS|misil|STRA Advanced Weapons",
                "Lasers femtosecondes pour l'usinage de superalliages|ADV_MATERIALS|ADV_MANUFACTURING|usinage|STRA Advanced Materials and Manufacturing",
                "高超声速飞行器热防护涂层|HYPERSONICS|ADV_MATERIALS|涂层|STRA Advanced Materials and Manufacturing",
                "Shape-memory alloy actuators for adaptive wings|ADV_MATERIALS|AEROSPACE_SPACE|wings|STRA Aerospace, Space and Satellite Technology",
                "Formgedächtnislegierungen für adaptive Flügel|ADV_MATERIALS|AEROSPACE_SPACE|Flügel|STRA Aerospace, Space and Satellite Technology",
                "Mecanizado de cinco ejes de trenes de aterrizaje|ADV_MANUFACTURING|AEROSPACE_SPACE|tren de aterrizaje|STRA Aerospace, Space and Satellite Technology",
                "Additive manufacturing of thrust chambers for small launchers|ADV_MANUFACTURING|AEROSPACE_SPACE|launchers|STRA Aerospace, Space and Satellite Technology",
            })
    void addsTheCategoryOfWhatTheWorkIsFor(
            String text, String found, String facetCategory, String facet, String heading) {
        List<Classification> reported = SeededClassifier.reported(text);

        assertThat(reported).extracting(Classification::code).contains(found, facetCategory);
        Classification added = reported.stream()
                .filter(match -> match.code().equals(facetCategory))
                .findFirst()
                .orElseThrow();
        assertThat(added.score()).isEqualTo(WorkFacets.CONFIDENCE);
        assertThat(added.matchedTerms()).containsExactly(facet);
        assertThat(added.sources()).containsExactly(heading);
    }

    @Test
    void aFacetRanksBelowTheTermsThatMadeTheTextSensitive() {
        List<Classification> found = SeededClassifier.reported("Atomic clocks for space missions");

        assertThat(found).extracting(Classification::code).containsExactly("PNT", "AEROSPACE_SPACE");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Seabed litter surveys along the Catalan coast",
                "Landing gear noise complaints near airports",
                "Helicopter emergency medical services in rural Norway",
                "Anti-fouling coatings for recreational boats",
                "Welding apprenticeships and vocational training",
            })
    void addsNothingToAnOrdinaryText(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Quantum magnetometers carried by helicopters|AEROSPACE_SPACE",
                "Atomic clocks flown using a space balloon|AEROSPACE_SPACE",
            })
    void addsNothingWhereTheWorkOnlyUsesIt(String text, String facetCategory) {
        assertThat(SeededClassifier.reportedCodes(text)).isNotEmpty().doesNotContain(facetCategory);
    }
}
