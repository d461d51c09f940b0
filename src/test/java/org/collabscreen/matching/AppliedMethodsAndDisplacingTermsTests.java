package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's eleventh round: a general-purpose method put to an everyday analytic task is used, not advanced
 * ({@link AppliedMethods}); a few longer terms say that a term of another category inside them names something else
 * ({@link DisplacingTerms}); in-memory computing on crossbars is advanced computing.
 */
class AppliedMethodsAndDisplacingTermsTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Deep learning for counting penguins in aerial photographs",
                "Machine learning forecasts hospital admissions during heatwaves",
                "Computer vision for monitoring traffic at rural crossings",
                "Apprentissage automatique pour la prévision de la production viticole",
                "Reti neurali per la stima del consumo idrico",
                "Aprendizaje automático para la predicción de la demanda turística",
                "以机器学习预测城市用水量",
            })
    void doesNotReportAMethodPutToAnEverydayTask(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).doesNotContain("AI");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Deep learning architectures with sparse attention",
                "Machine learning theory of overparameterised models",
                "Reinforcement learning for robot grasping",
            })
    void stillReportsWorkThatAdvancesTheMethod(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("AI");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Directed energy deposition of stainless steel repairs | ADV_MANUFACTURING | DIRECTED_ENERGY",
                "Deposición de energía dirigida para reparar álabes | ADV_MANUFACTURING | DIRECTED_ENERGY",
                "Dépôt sous énergie dirigée d'alliages de titane | ADV_MANUFACTURING | DIRECTED_ENERGY",
                "Temperature drift of MEMS gyroscopes in small satellites | PNT | SEMICONDUCTORS",
                "MEMS accelerometers for pedestrian dead reckoning | PNT | SEMICONDUCTORS",
            })
    void reportsTheLongerTermsCategoryOnly(String text, String expected, String displaced) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(expected).doesNotContain(displaced);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Directed energy weapons for naval point defence | DIRECTED_ENERGY",
                "MEMS fabrication of micro-mirrors | SEMICONDUCTORS",
                "Compute-in-memory macros for edge devices | ADV_COMPUTING",
                "Memristor crossbar arrays for sparse matrix operations | ADV_COMPUTING",
            })
    void keepsACategoryNoListedLongerTermDisplaces(String text, String expected) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(expected);
    }
}
