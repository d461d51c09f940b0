package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Post-quantum cryptography counts for cryptography as well as for quantum technology, and an optical clock for
 * timing as well as for quantum sensing, a towed or hydrophone array or a sonobuoy for marine systems as well as for
 * sensing, and a quantum sensor that names what it senses for sensing as well as for quantum technology unless it
 * navigates, in every language
 * read ({@link ConceptsOfTwoCategories}); the rest of either category does not bring the other.
 */
class ConceptsOfTwoCategoriesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Post-quantum signatures for firmware updates of industrial controllers",
                "Quantum-safe tunnels between branch offices",
                "Firmas poscuánticas para credenciales electrónicas",
                "Signatures post-quantiques pour les passeports électroniques",
                "Post-Quanten-Verfahren für Smart-Meter-Gateways",
                "Algoritmi post-quantistici per le carte di pagamento",
                "Assinaturas pós-quânticas para documentos fiscais",
            })
    void countsPostQuantumCryptographyForBothCategories(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("CYBER_CRYPTO", "QUANTUM");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A transportable optical lattice clock for a geodesy campaign",
                "Horloges optiques à ions d'ytterbium",
                "Laserstabilisierung für optische Gitteruhren",
                "Relojes ópticos de iones atrapados",
            })
    void countsOpticalClocksForTimingAndQuantumSensing(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("PNT", "QUANTUM");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quantum dots as single-photon sources", "Supraleitende Qubits mit langer Kohärenzzeit"})
    void leavesOtherQuantumWorkOutOfCryptography(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("QUANTUM").doesNotContain("CYBER_CRYPTO");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chip-scale atomic clocks for timing in base stations"})
    void leavesAtomicClocksThatAreNotOpticalToTiming(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("PNT").doesNotContain("QUANTUM");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Low-noise towed arrays for frigates",
                "Sonobuoy fields dropped from maritime patrol aircraft",
                "拖曳线列阵的流噪声抑制",
                "Antennes acoustiques remorquées pour frégates",
                "Sonarbojen für die Seefernaufklärung",
                "Antenna rimorchiata a bassa frequenza per fregate",
                "Antena rebocada de baixa frequência para fragatas",
                "Буксируемые антенны для фрегатов",
                "曳航アレイの信号処理",
                "예인 배열 소나의 신호 처리",
            })
    void countsTowedArraysAndSonobuoysForMarineSystemsAndSensing(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("MARINE_UNDERWATER", "SENSING_SURVEILLANCE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hydrophone recordings of dolphin whistles in a bay"})
    void leavesHydrophoneRecordingsOutOfSensing(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).doesNotContain("SENSING_SURVEILLANCE");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Diamond nitrogen-vacancy centres for imaging weak magnetic fields",
                "Quantum gravimeters for surveying underground cavities",
                "金刚石NV色心弱磁场成像",
                "Capteurs quantiques pour repérer des cavités souterraines",
                "Quantensensoren mit NV-Zentren für die Detektion schwacher Magnetfelder",
                "Sensori quantistici per individuare cavità sotterranee",
                "Sensores cuánticos para localizar cavidades subterráneas",
                "Квантовые магнитометры для поиска затонувших объектов",
            })
    void countsQuantumSensorsForSensingToo(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("QUANTUM", "SENSING_SURVEILLANCE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Longer coherence times of nitrogen-vacancy centres in isotopically purified diamond"})
    void leavesWorkOnTheQuantumSystemItselfOutOfSensing(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("QUANTUM").doesNotContain("SENSING_SURVEILLANCE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quantum gyroscopes with cold atoms for inertial navigation of ships"})
    void leavesQuantumSensorsThatNavigateToNavigation(String text) {
        assertThat(SeededClassifier.reportedCodes(text))
                .contains("QUANTUM", "PNT")
                .doesNotContain("SENSING_SURVEILLANCE");
    }
}
