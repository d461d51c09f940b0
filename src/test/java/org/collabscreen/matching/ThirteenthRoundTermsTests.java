package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's thirteenth round. An everyday word that a list also uses, read in the other sense its context makes plain
 * ({@link OtherSenses}), while the same word without such context keeps its technical sense; and members of listed
 * items that no term held, in English, Chinese, Japanese, Korean, French, Spanish, German, Italian, Portuguese and
 * Russian.
 */
class ThirteenthRoundTermsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Nitrate levels in rocket and arugula grown under LED light",
                "Housing prices in the satellite towns of a growing capital",
                "Satellite cells and myogenic repair in aged muscle",
                "Stealth taxation and the visibility of indirect levies",
                "Stealth liposomes coated with polyethylene glycol",
                "Butter layers in wafer biscuits and puff pastry",
                "Drone congregation areas and queen mating flights of honeybees",
                "Ausbildung von Sprengstoffspürhunden bei der Bundespolizei",
                "Una batería de pruebas neuropsicológicas para adultos mayores",
                "北斗精神进课堂的思政教育实践",
                "Titanium dioxide nanoparticles in sunscreens and their fate in seawater",
            })
    void readsAnEverydayWordInTheSenseItsContextMakesPlain(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Rocket engines burning methane and liquid oxygen | AEROSPACE_SPACE",
                "Satellite constellations for broadband to remote towns | AEROSPACE_SPACE",
                "Wafer-level bonding for MEMS packaging | SEMICONDUCTORS",
                "Drone swarms for search and rescue in mountains | ROBOTICS_AUTONOMY",
                "Ageing of lithium-ion battery cells under fast charging | ADV_ENERGY",
            })
    void keepsAnEverydayWordsTechnicalSenseWithoutOtherContext(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Passive coherent location with digital television transmitters | SENSING_SURVEILLANCE",
                "A harbour diver detection sonar with low false-alarm rates | MARINE_UNDERWATER",
                "Massive MIMO precoding for dense urban cells | TELECOM_NETWORKS",
                "Zero-click exploits against messaging applications | CYBER_CRYPTO",
                "Family classification of ransomware samples | CYBER_CRYPTO",
                "Face recognition under heavy occlusion | AI",
                "Vehicle re-identification across a camera network | AI",
                "Isostatic pressing of tungsten powder compacts | ADV_MANUFACTURING",
                "面向先进封装的混合键合工艺 | SEMICONDUCTORS",
                "基于量子通信网络的城市政务专网 | TELECOM_NETWORKS",
                "车载重力仪的动态误差补偿 | SENSING_SURVEILLANCE",
                "浅海声呐的混响抑制方法 | SENSING_SURVEILLANCE",
                "巡飞弹的末端制导律设计 | ROBOTICS_AUTONOMY",
                "惡意程式的靜態特徵提取 | CYBER_CRYPTO",
                "非制冷热成像组件的温漂补偿 | SENSING_SURVEILLANCE",
                "爆轟波の伝播と衝撃圧力の計測 | ADV_WEAPONS",
                "레일건 레일의 마모 특성 분석 | ADV_WEAPONS",
                "스루월 레이더 영상의 잡음 제거 | SENSING_SURVEILLANCE",
                "자가치유 고분자 코팅의 내구성 | ADV_MATERIALS",
                "Imageurs hyperspectraux pour le tri des minerais | SENSING_SURVEILLANCE",
                "Fünfachsige Fräsbearbeitung von Turbinenschaufeln | ADV_MANUFACTURING",
                "Aerothermodynamik stumpfer Körper im Stoßrohr | HYPERSONICS",
                "Quantensensoren für die Magnetfeldmessung | QUANTUM",
                "Sonar a scansione laterale per il rilievo dei fondali | MARINE_UNDERWATER",
                "Algoritmos quânticos para otimização de carteiras | QUANTUM",
                "Квантовые сети связи между дата-центрами | TELECOM_NETWORKS",
            })
    void findsTheThirteenthRoundsTerms(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }
}
