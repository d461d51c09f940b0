package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Research on recognising a person (its algorithm, the conditions it works in, its speed or scale) and
 * re-identification across cameras are machine perception as well as surveillance ({@link MachineRecognition});
 * recognition named only with where it is used, or read from radar returns, is surveillance alone.
 */
class PersonRecognitionTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Facial recognition robust to masks and low-light surveillance footage",
                "Gait recognition from low-resolution video at long range",
                "跨摄像头行人重识别与轨迹追踪",
                "低照度条件下的人脸识别算法",
                "Reconocimiento facial en tiempo real para videovigilancia en estaciones de metro",
                "Reconnaissance faciale et réidentification de personnes en vidéosurveillance",
                "Gesichtserkennung und Personenwiedererkennung in Videoüberwachungsnetzen",
            })
    void readsResearchOnRecognisingPersonsAsMachinePerceptionToo(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("AI", "SENSING_SURVEILLANCE");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Reconocimiento facial en espacios públicos.",
                "人脸识别监控系统",
                "Reconnaissance faciale et identification biométrique dans l'espace public",
                "基于毫米波雷达的步态识别",
            })
    void keepsRecognitionNamedByItsUseOrReadByRadarAsSurveillanceOnly(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).containsExactly("SENSING_SURVEILLANCE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ethics of facial recognition algorithms in public spaces: a comparative legal study"})
    void reportsNoRecognitionStudiedFromOutside(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).doesNotContain("AI");
    }
}
