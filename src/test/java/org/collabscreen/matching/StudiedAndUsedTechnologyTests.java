package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's eighth round: a technology studied from outside (its philosophy, governance, place in the labour
 * market, costs and benefits) however often it is named, and laboratory methods used to study something else, stay
 * below the reporting threshold; work that advances them keeps its label.
 */
class StudiedAndUsedTechnologyTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ethical oversight of generative AI and large language models in universities",
                "The governance of machine learning and deep learning in public administration",
                "Análisis de la gobernanza de la inteligencia artificial en la educación",
                "Philosophy of artificial intelligence and machine learning",
                "Machine learning and the labour market for translators",
                "Cost-benefit analysis of lithium-ion battery storage for rural grids",
                "인공지능 윤리 가이드라인 연구",
                "Whole-genome sequencing to trace cholera outbreaks",
                "Maschinelles Lernen zur Vorhersage von Dürreperioden",
                "Percepción pública de los robots autónomos en hospitales",
                "Gesellschaftliche Akzeptanz der Gentherapie in Deutschland",
                "Regulación jurídica de la robótica en la Unión Europea",
                "Smartphone accelerometers to monitor sleep in older adults",
            })
    void aTechnologyStudiedFromOutsideOrUsedAsAToolIsNotReported(String text) {
        assertThat(SeededClassifier.reported(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Generative AI models for protein structure prediction | AI",
                "Base editing tools for human cells | BIOTECH",
                "Impact of high-power microwave pulses on drone electronics | DIRECTED_ENERGY",
            })
    void workThatAdvancesTheTechnologyKeepsItsLabel(String text, String expected) {
        assertThat(SeededClassifier.reported(text))
                .extracting(Classification::code)
                .contains(expected);
    }
}
