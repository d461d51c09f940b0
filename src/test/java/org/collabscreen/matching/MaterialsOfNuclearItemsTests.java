package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nuclear item written with its material counts for advanced materials too: maraging steel (EU 1C116) of centrifuge
 * rotors, zirconium alloys (EU 1C234) and silicon carbide composites (EU 1C007) of fuel cladding, in every language but
 * Spanish; silicon carbide as a composite is not the wide-bandgap semiconductor. Issue 15's twenty-fourth round.
 */
class MaterialsOfNuclearItemsTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Maraging steel tubes for enrichment centrifuges",
                "Zirconium alloys for pressurised-water reactor fuel",
                "用于离心机转子的马氏体时效钢",
                "压水堆燃料组件锆合金的腐蚀行为",
                "Acier maraging pour rotors de centrifugeuses",
                "Martensitaushärtende Stähle für Zentrifugenrotoren",
                "Leghe di zirconio per il combustibile nucleare",
                "Ligas de zircônio para combustível nuclear",
                "Циркониевые сплавы для тепловыделяющих сборок",
                "遠心分離機用マルエージング鋼",
                "원심분리기용 마레이징강",
            })
    void countsTheMaterialOfANuclearItemAsAdvancedMaterials(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("ADV_MATERIALS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Silicon carbide composite cladding for accident-tolerant reactor fuel"})
    void readsSiliconCarbideCompositesAsMaterialsNotSemiconductors(String text) {
        assertThat(SeededClassifier.reportedCodes(text))
                .contains("ADV_MATERIALS")
                .doesNotContain("SEMICONDUCTORS");
    }
}
