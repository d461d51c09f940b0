package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drone or a robot that is only the target of the work, the carrier of its camera or the subject of a social study
 * ({@link CarriedPlatforms}) does not make the work robotics, in every language the classifier reads; a platform whose
 * own autonomy the work names stays robotics.
 */
class PlatformsOnlyCarriedTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hochleistungsmikrowellen gegen feindliche Drohnen",
                "Microondas de alta potencia contra drones comerciales",
                "Laser ad alta energia contro droni ostili",
                "Мощные лазеры для противодействия БПЛА малого класса",
                "反无人机高功率微波武器的毁伤评估",
                "ドローン迎撃用の高出力レーザー",
                "대드론 고출력 마이크로파 무기",
            })
    void aDroneTheWorkActsAgainstIsItsTarget(String text) {
        assertThat(SeededClassifier.reportedCodes(text))
                .contains("DIRECTED_ENERGY")
                .doesNotContain("ROBOTICS_AUTONOMY");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Counting grey seals on sandbanks with a drone",
                "Drohnenbefliegung zur Kartierung von Niedermooren",
                "Censo de guanacos con drones en la Patagonia",
                "Comptage des bouquetins par drone dans les Alpes",
                "Contagem de capivaras com drones no Pantanal",
                "无人机航拍调查梯田水稻长势",
                "ドローンによる茶畑の生育調査",
                "드론을 이용한 논 작황 조사",
            })
    void aDroneFlownToCountOrMapCarriesTheCamera(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).doesNotContain("ROBOTICS_AUTONOMY");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Educational robots in kindergarten classrooms",
                "Robótica educativa para la enseñanza de la física",
                "Akzeptanz von Pflegerobotern bei Angehörigen",
                "Robots sociaux en maison de retraite : acceptabilité",
                "机器人在小学教育中的应用",
            })
    void robotsInSchoolsAndCareAreTheSubjectOfASocialStudy(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).doesNotContain("ROBOTICS_AUTONOMY");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Autonomous drones for counting sheep in hill farms",
                "Swarms of drones against hostile drones",
                "Path planning for autonomous drones that map glaciers",
                "Sistemas de contramedidas para drones",
            })
    void keepsRoboticsWhereThePlatformsOwnAutonomyIsTheWork(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("ROBOTICS_AUTONOMY");
    }
}
