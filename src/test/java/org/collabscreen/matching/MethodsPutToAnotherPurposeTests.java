package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A method put to another study's purpose ("… to identify", "… to project", "… to understand") or to an everyday task
 * named by a Romance infinitive ({@link AppliedMethods}) is a tool, not the technology advanced; work that advances the
 * method keeps its label.
 */
class MethodsPutToAnotherPurposeTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "CRISPR screens to identify genes of drought tolerance in maize | BIOTECH",
                "Ensemble simulations on an HPC cluster to project summer heat waves | ADV_COMPUTING",
            })
    void readsAMethodPutToAnotherStudysPurposeAsATool(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).doesNotContain(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CRISPR knockouts to understand heat tolerance in rice"})
    void readsAMethodForUnderstandingAnotherSubjectAsATool(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CRISPR base editors with improved specificity"})
    void keepsAMethodThatIsAdvanced(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("BIOTECH");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Aprendizaje automático para predecir el precio de la vivienda",
                "Redes neuronales para recomendar libros en bibliotecas",
                "Apprentissage automatique pour prédire la fréquentation des musées",
            })
    void readsARomanceInfinitiveOfAnEverydayTaskAsToolUse(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).doesNotContain("AI");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Aprendizaje automático robusto frente a ejemplos adversarios",
                "Apprentissage automatique frugal sur microcontrôleurs",
            })
    void keepsMachineLearningThatIsAdvanced(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("AI");
    }
}
