package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phrase two categories list counts for both ({@link SharedTerms}), while a single word they share still counts once:
 * synthetic aperture sonar in the German and French wording of EU Annex I's item 6A001.a.1, beside synthetic aperture
 * radar, which stays a sensing item only; the optical lattice clock as the US critical technologies list's timing (an
 * optical atomic clock) as well as quantum sensing, and a lattice that is no clock.
 */
class TermsSharedByCategoriesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Synthetic aperture sonar for harbour surveys",
                "Sonar mit synthetischer Apertur für Hafenvermessung",
                "Sonar à antenne synthétique pour les levés portuaires",
                "Sonar à synthèse d'ouverture pour l'hydrographie",
            })
    void findsSyntheticApertureSonarAsMarineAndSensing(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("MARINE_UNDERWATER", "SENSING_SURVEILLANCE");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Radar mit synthetischer Apertur für die Erdbeobachtung",
                "Radar à synthèse d'ouverture pour l'observation de la Terre",
            })
    void leavesSyntheticApertureRadarToSensing(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).containsExactly("SENSING_SURVEILLANCE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AUV docking station design"})
    void countsASharedSingleWordOnce(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Optical lattice clocks for relativistic geodesy", "光格子時計の小型化", "光晶格钟的系统频移评估"})
    void findsTheOpticalLatticeClockAsTimingAndQuantumSensing(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("PNT", "QUANTUM");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lattice QCD simulations on GPUs", "Crystal lattice dynamics of perovskites"})
    void findsNoClockInALattice(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).doesNotContain("PNT", "QUANTUM");
    }
}
