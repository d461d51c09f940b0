package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Research on recognising a person is machine perception as well as surveillance ({@link MachineRecognition}) in
 * Italian, Portuguese, Russian and Traditional-script writing too (Taiwan's words included: 低解析度, 攝影機), and when
 * the text names the recognition's model (neural networks, deep learning, lightweight models), its conditions (crowds,
 * poor light) or its matching (比对); recognition named only with where it is used stays surveillance alone.
 */
class PersonRecognitionInMoreLanguagesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Riconoscimento facciale con reti neurali nelle stazioni ferroviarie",
                "Reconhecimento facial com redes neurais em aeroportos",
                "Нейросетевое распознавание лиц на вокзалах",
                "人臉辨識之大規模比對",
                "低解析度監視影像之人臉辨識",
                "跨攝影機之人臉辨識",
                "Gesichtserkennung in Menschenmengen am Bahnhof",
                "Reconocimiento facial con modelos ligeros en dispositivos móviles",
            })
    void readsRecognitionWithItsModelOrConditionsAsMachinePerceptionToo(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("AI", "SENSING_SURVEILLANCE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Riconoscimento facciale negli spazi pubblici", "人臉辨識門禁系統"})
    void keepsRecognitionNamedByItsUseAsSurveillanceOnly(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).containsExactly("SENSING_SURVEILLANCE");
    }
}
