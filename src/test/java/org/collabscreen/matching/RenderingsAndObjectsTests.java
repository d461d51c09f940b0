package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's ninth round: listed concepts rendered in every language the project reads; an instrument that is the
 * object of the work (a drone tracked or intercepted, satellite signals a navigator does without) or read for data
 * (drone photogrammetry); technology studied from outside (its economic impact, who is liable, its policy, how the press covers it).
 */
class RenderingsAndObjectsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Formgedächtnislegierungen für Aktoren in der Medizintechnik | ADV_MATERIALS",
                "形状記憶合金の疲労特性 | ADV_MATERIALS",
                "Aleaciones de alta entropía para turbinas | ADV_MATERIALS",
                "고엔트로피 합금의 피로 거동 | ADV_MATERIALS",
                "Transferencia inalámbrica de energía para implantes médicos | ADV_ENERGY",
                "무선 전력 전송 코일 설계 | ADV_ENERGY",
                "Détection d'intrusion dans les réseaux industriels | CYBER_CRYPTO",
                "工业控制网络入侵检测 | CYBER_CRYPTO",
                "Horloges optiques transportables | PNT",
                "Estimulação cerebral profunda para a doença de Parkinson | HMI_NEURO",
                "Piccoli reattori modulari raffreddati a gas | NUCLEAR",
                "Двумерные материалы для фотодетекторов | ADV_MATERIALS",
            })
    void findsAListedConceptRenderedInAnotherLanguage(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Acoustic cameras to track small drones near airports | ROBOTICS_AUTONOMY",
                "小型ドローンの迎撃システム | ROBOTICS_AUTONOMY",
                "Drone photogrammetry of medieval castles | ROBOTICS_AUTONOMY",
                "Dead reckoning for trains when satellite signals are lost in tunnels | AEROSPACE_SPACE",
                "The economic impact of industrial robots on regional wages | ROBOTICS_AUTONOMY",
                "Liability law and autonomous vehicles in Japan | ROBOTICS_AUTONOMY",
                "人工智能政策的比较研究 | AI",
                "公众对人脸识别技术的信任 | SENSING_SURVEILLANCE",
                "Aprendizaje automático para clasificar galaxias | AI",
                "What newspapers wrote about facial recognition in schools | SENSING_SURVEILLANCE",
            })
    void doesNotReportAnInstrumentThatIsTheObjectOrAToolOrATechnologyStudiedFromOutside(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).doesNotContain(code);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Autonomous drone swarms for search and rescue", "Small drone detection with passive radar"})
    void keepsTheCategoryOfWorkOnTheInstrumentItselfOrOfTheSensorThatDetectsIt(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).isNotEmpty();
    }
}
