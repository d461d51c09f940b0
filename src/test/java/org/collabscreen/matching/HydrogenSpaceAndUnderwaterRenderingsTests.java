package org.collabscreen.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listed concepts rendered in Chinese, Russian and Korean, issue 15's nineteenth round: hydrogen production and
 * storage, hydrophones and passive emitter location, space debris and small satellites, unmanned underwater vehicles,
 * laser interferometric ranging, buoyancy materials, accident-tolerant fuel, base editing and cross-species
 * transmission, EEG, terahertz communication, neuromorphic computing, electromagnetic pulse, advanced persistent
 * threats, optical atomic clocks, network security in Taiwan's spelling; railguns, frequency standards, single-photon detectors, batteries, viral vectors, isogenies, lithography
 * equipment, magnetic navigation; satellite electric propulsion and infrared image sensors.
 */
class HydrogenSpaceAndUnderwaterRenderingsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "质子交换膜电解水装置的催化剂 | ADV_ENERGY",
                "液氢储罐的绝热结构 | ADV_ENERGY",
                "碱性制氢系统的动态运行 | ADV_ENERGY",
                "超导电缆的冷却系统 | ADV_ENERGY",
                "光纤水听器的灵敏度提升 | SENSING_SURVEILLANCE",
                "多站无源定位的误差分析 | SENSING_SURVEILLANCE",
                "空间碎片的碰撞风险评估 | AEROSPACE_SPACE",
                "立方星的热控设计 | AEROSPACE_SPACE",
                "无人潜航器的路径规划 | ROBOTICS_AUTONOMY",
                "激光干涉测距的相位计设计 | SENSING_SURVEILLANCE",
                "深海浮力材料的吸水率 | ADV_MATERIALS",
                "事故容错燃料的氧化行为 | NUCLEAR",
                "碱基编辑器的脱靶效应 | BIOTECH",
                "禽流感病毒跨物种传播的分子机制 | BIOTECH",
                "脑电信号的运动想象分类 | HMI_NEURO",
                "太赫兹通信的信道测量 | TELECOM_NETWORKS",
                "神经形态计算芯片的能效 | ADV_COMPUTING",
                "电磁脉冲的防护加固 | DIRECTED_ENERGY",
                "高级持续性威胁的攻击图分析 | CYBER_CRYPTO",
                "光学原子钟的黑体辐射频移 | QUANTUM",
                "網路安全事件的應變流程 | CYBER_CRYPTO",
                "Рельсотрон для испытаний материалов | ADV_WEAPONS",
                "Квантовые стандарты частоты для навигации | QUANTUM",
                "Однофотонные детекторы ближнего диапазона | QUANTUM",
                "Деградация литиевых аккумуляторов при морозе | ADV_ENERGY",
                "Вирусные векторы: очистка и титрование | BIOTECH",
                "Изогении суперсингулярных кривых | CYBER_CRYPTO",
                "Литографическое оборудование: юстировка | SEMICONDUCTORS",
                "Магнитная навигация по аномалиям поля | PNT",
                "전기추진 시스템의 플라즈마 진단 | AEROSPACE_SPACE",
                "홀 추력기의 방전 진동 | AEROSPACE_SPACE",
                "적외선 영상센서 읽기회로 | SENSING_SURVEILLANCE",
                "차세대 원자력 안전 규제 | NUCLEAR",
            })
    void findsAListedConceptRenderedInChineseRussianOrKorean(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }

    @Test
    void aKoreanNextGenerationWordAloneIsNotNextGenerationCommunication() {
        assertThat(SeededClassifier.reportedCodes("차세대 반도체 첨단 패키징 기술")).doesNotContain("TELECOM_NETWORKS");
    }
}
