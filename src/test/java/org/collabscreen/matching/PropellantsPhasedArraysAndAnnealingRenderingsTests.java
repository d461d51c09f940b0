package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listed concepts rendered in Chinese and Japanese, issue 15's twenty-first round: propellants as energetic materials
 * (推进剂, Common Military List ML8), Taiwan's 相位陣列 for the mainland's phased array (相控阵), and quantum annealing
 * (量子アニーリング).
 */
class PropellantsPhasedArraysAndAnnealingRenderingsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "复合推进剂的低温力学性能 | ADV_WEAPONS",
                "船載相位陣列天線之指向校正 | TELECOM_NETWORKS",
                "量子アニーリングマシンの埋め込み手法 | QUANTUM",
            })
    void findsTheCategoryOfTheRendering(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }
}
