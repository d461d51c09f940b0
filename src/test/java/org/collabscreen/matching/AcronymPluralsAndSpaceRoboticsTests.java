package org.collabscreen.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's eleventh round: a vehicle acronym written in the plural ("UAVs") is found as the acronym; autonomous driving,
 * on-orbit servicing, rendezvous, planetary rovers, quantum gravimeters, nerve interfaces and vagus nerve stimulation are
 * listed concepts.
 */
class AcronymPluralsAndSpaceRoboticsTests {

    @Test
    void readsAnAcronymInThePluralAsTheAcronym() {
        assertThat(AcronymPlurals.singular("UAVs")).isEqualTo("UAV");
        assertThat(AcronymPlurals.singular("FPGAs")).isEqualTo("FPGA");
        assertThat(AcronymPlurals.singular("Drones")).isNull();
        assertThat(AcronymPlurals.singular("GaAs")).isNull();
        assertThat(AcronymPlurals.singular("s")).isNull();
        assertThat(AcronymPlurals.countable("ROBOTICS_AUTONOMY")).isTrue();
        assertThat(AcronymPlurals.countable("ADV_COMPUTING")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Formation flight of fixed-wing UAVs in gusty wind | ROBOTICS_AUTONOMY",
                "Trajectory planning for autonomous driving on icy roads | ROBOTICS_AUTONOMY",
                "Vision-based orbital rendezvous with tumbling debris | AEROSPACE_SPACE",
                "Wheel slip estimation for lunar rovers | AEROSPACE_SPACE",
                "Compact quantum gravimeters for volcano monitoring stations | QUANTUM",
                "卫星在轨服务任务规划 | AEROSPACE_SPACE",
                "Regenerative nerve interfaces for hand prostheses | HMI_NEURO",
                "Transcutaneous vagus nerve stimulation and tinnitus | HMI_NEURO",
            })
    void findsTheConcept(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }
}
