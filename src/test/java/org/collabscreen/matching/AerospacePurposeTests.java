package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A material or a process named with the airframe part or the aerospace use it serves is aerospace work too, in the
 * words each language writes it with (fuselage, 机身, 航空结构件, für die Luftfahrt, aeroespaciales, aérospatiale).
 */
class AerospacePurposeTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Carbon fibre composite fuselage panels with damage tolerance",
                "碳纤维复合材料机身壁板的损伤容限",
                "激光选区熔化钛合金航空结构件的残余应力控制",
                "Laserstrahlschmelzen von Titanbauteilen für die Luftfahrt",
                "Aleaciones con memoria de forma para actuadores aeroespaciales",
                "Ligas de alta entropia para componentes aeroespaciais",
            })
    void readsTheAerospacePurposeOfAPartOrAMaterial(String text) {
        assertThat(SeededClassifier.reportedCodes(text))
                .contains("AEROSPACE_SPACE")
                .hasSizeGreaterThan(1);
    }
}
