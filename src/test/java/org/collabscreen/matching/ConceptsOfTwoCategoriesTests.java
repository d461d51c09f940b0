package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Post-quantum cryptography counts for cryptography as well as for quantum technology, and an optical clock for
 * timing as well as for quantum sensing, in every language read ({@link ConceptsOfTwoCategories}); the rest of
 * either category does not bring the other.
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
}
