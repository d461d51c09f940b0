package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gas turbines (EU 9A001, 9E003), satellite constellations (EU 9A004), spaceborne equipment (星载) and solid rocket
 * propellants (EU 9A007) are aerospace in every language read but Spanish; an inter-satellite link is satellite communication and a satellite system alike; a thermal
 * barrier coating is a material and gas turbine hot-section technology alike, unless the text is on hypersonic flight.
 * Airline economics, airports, birds' flight and medical coatings find no aerospace.
 */
class SatellitesAndGasTurbinesAcrossLanguagesTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Kühlkonzepte für die erste Stufe von Gasturbinen | AEROSPACE_SPACE",
                "Моделирование камеры сгорания газовой турбины | AEROSPACE_SPACE",
                "Usure des joints d'étanchéité dans les turbines à gaz | AEROSPACE_SPACE",
                "Diagnostica delle turbine a gas con sensori acustici | AEROSPACE_SPACE",
                "Ensaios de fluência em componentes de turbinas a gás | AEROSPACE_SPACE",
                "燃气轮机燃烧室的稳定性分析 | AEROSPACE_SPACE",
                "ガスタービン燃焼器の排出低減 | AEROSPACE_SPACE",
                "가스터빈 연소기의 연소 진동 해석 | AEROSPACE_SPACE",
                "星载计算机的单粒子翻转防护 | AEROSPACE_SPACE",
                "Bahnregelung von Megakonstellationen im Erdorbit | AEROSPACE_SPACE",
                "Routage dans les constellations de satellites | AEROSPACE_SPACE",
                "Terminali ottici per collegamenti intersatellitari | AEROSPACE_SPACE",
                "Terminali ottici per collegamenti intersatellitari | TELECOM_NETWORKS",
                "Синхронизация по межспутниковым линиям | AEROSPACE_SPACE",
                "Protocol design for inter-satellite communication | AEROSPACE_SPACE",
                "Gadolinium zirconate thermal barrier coatings with low conductivity | AEROSPACE_SPACE",
                "Gadolinium zirconate thermal barrier coatings with low conductivity | ADV_MATERIALS",
                "热障涂层的孔隙率与热导率 | AEROSPACE_SPACE",
                "Старение связующего в твердых ракетных топливах | AEROSPACE_SPACE",
                "Envelhecimento do propelente sólido em motores de pequeno porte | AEROSPACE_SPACE",
                "固体推進剤の燃焼速度を測定する | AEROSPACE_SPACE",
            })
    void findsTheCategoryInEveryLanguage(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Thermal barrier coatings for the nose cones of hypersonic glide vehicles",
                "Ticket pricing and load factors of low-cost airlines",
                "Passenger flows in airport terminal management",
                "Wing-beat kinematics in the flight of migrating swifts",
                "Drug-eluting coatings of coronary stents",
            })
    void findsNoAerospace(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).doesNotContain("AEROSPACE_SPACE");
    }
}
