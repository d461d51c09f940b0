package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's eleventh round: silicon carbide named as a ceramic or a composite's constituent is no semiconductor
 * ({@link CeramicCarbides}); superconducting qubits, transmons and quantum processors are quantum computing, not
 * superconducting materials, and superconducting nanowire single-photon detectors quantum technology, not
 * superconducting materials or sensing (twenty-first round) ({@link DisplacingTerms}).
 */
class CeramicsAndQuantumDevicesTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Creep of SiC fibre-reinforced ceramic matrix composites at 1300 °C | ADV_MATERIALS | SEMICONDUCTORS",
                "碳化硅陶瓷基复合材料的烧蚀行为 | ADV_MATERIALS | SEMICONDUCTORS",
                "Flux noise in superconducting transmon devices | QUANTUM | ADV_MATERIALS",
                "Packaging superconducting quantum processors for dilution refrigerators | QUANTUM | ADV_MATERIALS",
                "Timing jitter of superconducting nanowire single-photon detectors | QUANTUM | ADV_MATERIALS",
                "Timing jitter of superconducting nanowire single-photon detectors | QUANTUM | SENSING_SURVEILLANCE",
            })
    void reportsTheMaterialOrDeviceNotItsNeighbour(String text, String expected, String neighbour) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(expected).doesNotContain(neighbour);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Silicon carbide MOSFETs for fast chargers | SEMICONDUCTORS",
                "Gate oxide reliability of SiC power devices | SEMICONDUCTORS",
                "Iron-based superconducting tapes for fusion magnets | ADV_MATERIALS",
            })
    void keepsTheSemiconductorOrTheMaterialElsewhere(String text, String expected) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(expected);
    }
}
