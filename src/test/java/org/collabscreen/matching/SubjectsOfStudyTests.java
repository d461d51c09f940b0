package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A technology studied in literature, archaeology, media discourse, an economic assessment or another social-science
 * topic ({@link SubjectOfStudy}) is the subject of the study, which the research does not advance: it is not reported.
 */
class SubjectsOfStudyTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Space rockets in Soviet poetry of the 1960s | AEROSPACE_SPACE",
                "Humanoid robots in science fiction films | ROBOTICS_AUTONOMY",
                "Los drones en la poesía contemporánea | ROBOTICS_AUTONOMY",
                "Archéologie sous-marine d'un port antique | MARINE_UNDERWATER",
                "Archaeology of submarine cables in the Baltic | MARINE_UNDERWATER",
                "Le chiffrement dans le discours médiatique | CYBER_CRYPTO",
                "Hydrogen fuel cells for buses: an economic assessment | ADV_ENERGY",
            })
    void readsLiteratureArchaeologyAndEconomicsAsStudiesOfATechnology(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).doesNotContain(code);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Smart speakers in the home: a consumer satisfaction survey",
                "Facial recognition cameras in shops: legal liability of retailers",
                "Cloud encryption services: a compliance study for hospitals",
                "无人机配送的市场分析",
                "Les caméras thermiques et le droit à l'image",
            })
    void countsTermsOfASocialScienceStudyLikeTools(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).isEmpty();
    }
}
