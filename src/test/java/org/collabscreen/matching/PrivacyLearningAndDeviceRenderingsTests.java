package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listed concepts rendered in languages that lacked them, issue 15's eighteenth round: federated learning (STRA's
 * machine learning), reinforcement learning (a CET artificial-intelligence subfield), differential privacy (CET's
 * privacy-enhancing technologies), memristors and neuromorphic chips (CET's beyond-CMOS devices) and hardware trojans
 * (CET's computing supply chain security); since the twenty-fourth round secure aggregation, 隐私保护 and 隐私计算
 * (CET's privacy-enhancing technologies).
 */
class PrivacyLearningAndDeviceRenderingsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "联邦学习的通信压缩方法 | AI",
                "Föderiertes Lernen in Krankenhausverbünden | AI",
                "Aprendizaje federado en teléfonos móviles | AI",
                "Aprendizado federado em dispositivos móveis | AI",
                "Федеративное обучение на мобильных устройствах | AI",
                "强化学习的奖励函数设计 | AI",
                "Verstärkendes Lernen mit spärlichen Belohnungen | AI",
                "Обучение с подкреплением при разреженных наградах | AI",
                "Aprendizado por reforço com recompensas esparsas | AI",
                "差分隐私的统计发布机制 | CYBER_CRYPTO",
                "Differenzielle Privatsphäre bei Volkszählungen | CYBER_CRYPTO",
                "Privacidade diferencial em dados de saúde | CYBER_CRYPTO",
                "Дифференциальная приватность статистических данных | CYBER_CRYPTO",
                "忆阻器的阻变机理 | SEMICONDUCTORS",
                "Memristoren aus Titanoxid | SEMICONDUCTORS",
                "Memristores de óxido de titanio | SEMICONDUCTORS",
                "Memristori a base di ossido di titanio | SEMICONDUCTORS",
                "Мемристоры на основе оксида титана | SEMICONDUCTORS",
                "Neuromorphe Chips für Sprachsteuerung | SEMICONDUCTORS",
                "硬件木马的旁路检测 | CYBER_CRYPTO",
                "Erkennung von Hardware-Trojanern | CYBER_CRYPTO",
                "Secure aggregation of model updates from phones | CYBER_CRYPTO",
                "面向物联网终端的安全聚合协议 | CYBER_CRYPTO",
                "医疗数据共享中的隐私保护机制 | CYBER_CRYPTO",
                "面向金融风控的隐私计算平台 | CYBER_CRYPTO",
                "Détection des chevaux de Troie matériels | CYBER_CRYPTO",
            })
    void findsAListedConceptRenderedInALanguageThatLackedIt(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }
}
