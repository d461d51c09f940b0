package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The materials of thermal protection (the CET list's hypersonics field "materials and thermal protection") are
 * advanced materials in every language read but Spanish (whose item index the added words tipped elsewhere), while a
 * thermal protection system named without its materials stays hypersonics alone; issue 15's twenty-fourth round.
 */
class ThermalProtectionMaterialsTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Thermal protection materials for re-entry capsules",
                "Thermal protection tiles for a reusable spaceplane",
                "再入舱热防护材料的研制",
                "Matériaux de protection thermique pour capsules de rentrée",
                "Hitzeschutzmaterialien für Wiedereintrittskapseln",
                "Materiali di protezione termica per capsule di rientro",
                "Materiais de proteção térmica para cápsulas de reentrada",
                "Теплозащитные материалы спускаемых капсул",
                "再突入カプセル用の熱防護材料",
                "재진입 캡슐용 열보호 소재",
            })
    void countsThermalProtectionMaterialsAsAdvancedMaterials(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("ADV_MATERIALS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thermal protection systems for hypersonic glide vehicles"})
    void leavesThermalProtectionSystemsToHypersonics(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("HYPERSONICS").doesNotContain("ADV_MATERIALS");
    }
}
