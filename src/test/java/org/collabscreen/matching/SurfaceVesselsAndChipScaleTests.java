package org.collabscreen.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An uncrewed surface vessel, written in Chinese (无人水面艇, Taiwan's 無人水面載具) or Korean (무인수상정), is both an
 * autonomous platform and a naval one, as the English "unmanned surface vehicles" is; and a "chip-scale" (芯片级)
 * device is a small device, not a chip, unless the text names chip-scale packaging.
 */
class SurfaceVesselsAndChipScaleTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "无人水面艇在近海巡检中的航迹跟踪控制",
                "多艘無人水面載具之協同圍捕策略",
                "무인수상정 군집의 협동 경로 추종 제어",
            })
    void readsAnUncrewedSurfaceVesselAsAutonomousAndMarine(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("ROBOTICS_AUTONOMY", "MARINE_UNDERWATER");
    }

    @ParameterizedTest
    @ValueSource(strings = {"芯片级原子钟的频率漂移抑制", "用于单兵定位的芯片级铷原子钟的温控设计"})
    void readsAChipScaleDeviceAsNoChip(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("PNT").doesNotContain("SEMICONDUCTORS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"芯片级封装的翘曲控制", "芯片级原子钟与射频芯片的单片集成"})
    void keepsAChipWhereTheTextNamesOne(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("SEMICONDUCTORS");
    }

    @Test
    void readsOnlyTheQualifierAsMiniature() {
        assertThat(ChipScaleQualifier.asMiniature("芯片级封装工艺与芯片级原子钟")).isEqualTo("芯片级封装工艺与微型原子钟");
    }
}
