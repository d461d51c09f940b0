package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.institution;

/**
 * Words of institution names in other languages and romanisations read as their English words: subject and
 * organisation words of French, Spanish, German and Italian renderings (and Clarivate's "Acoust" beside them), a
 * romanised Russian city adjective, and the scholarly "-ij" of Russian adjectives.
 */
class InstitutionWordsInOtherLanguagesTests {

    private static final double MIN_SCORE = 0.8;

    private static final InstitutionEntry TECHNICAL =
            institution("Gadgetov Moscow State Technical University", "RU", null);
    private static final InstitutionEntry EPONYM = institution("Widgetov Moscow State University", "RU", null);
    private static final InstitutionEntry CHEMICAL = institution("Lakeside Institute of Chemical Physics", "CN", null);
    private static final InstitutionEntry ACOUSTICS = institution("Hillside Institute of Acoustics", "CN", null);
    private static final InstitutionEntry HILLTOP = institution("Hilltop University of Technology", "IR", null);
    private static final InstitutionEntry TOMSK = institution("Tomsk Widget University", "RU", null);
    private static final InstitutionEntry VOLZHSK =
            institution("Volzhsk Institute of Widget Physics", "RU", null, "Volzhskiy vidzhetnyy institut");

    private final InstitutionMatcher matcher =
            new InstitutionMatcher(List.of(TECHNICAL, EPONYM, CHEMICAL, ACOUSTICS, HILLTOP, TOMSK, VOLZHSK));

    private String best(String input) {
        List<NameMatch> found = matcher.match(input, null, MIN_SCORE, 1);
        return found.isEmpty() ? null : found.get(0).id().toString();
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
    void anItalianTecnologicaReadsAsTechnology() {
        assertThat(best("Università tecnologica Hilltop"))
                .isEqualTo(HILLTOP.id().toString());
    }

    @Test
    void aRomanisedRussianCityAdjectiveReadsAsTheCity() {
        assertThat(best("Tomskiy Widget University")).isEqualTo(TOMSK.id().toString());
    }

    @Test
    void theScholarlyJForTheShortIReadsAsBgnsY() {
        assertThat(best("Volzhskij vidzhetnyj institut")).isEqualTo(VOLZHSK.id().toString());
        assertThat(InstitutionVocabulary.INSTANCE.canonical("novyj")).isEqualTo("novyy");
        assertThat(InstitutionVocabulary.INSTANCE.canonical("bij")).isEqualTo("bij");
        assertThat(best("Volzhskij gorodskoj institut")).isNull();
    }
}
