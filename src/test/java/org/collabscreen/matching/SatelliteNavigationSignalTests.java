package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese satellite navigation, positioning and denial (卫星导航, 卫星定位, 卫星拒止) are navigation, not spacecraft;
 * a text that also names a satellite or an orbit keeps the space category.
 */
class SatelliteNavigationSignalTests {

    @ParameterizedTest
    @ValueSource(strings = {"卫星导航接收机的多径误差抑制", "衛星定位晶片的低功耗追蹤模式", "卫星拒止条件下的视觉里程计"})
    void readsSatelliteNavigationAsNavigationOnly(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("PNT").doesNotContain("AEROSPACE_SPACE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"卫星导航信号与低轨通信卫星的联合定位", "导航卫星在轨钟差的预报", "卫星导航星座的精密定轨"})
    void keepsTheSpacecraftWhereTheTextNamesASatelliteOrAnOrbit(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("AEROSPACE_SPACE");
    }
}
