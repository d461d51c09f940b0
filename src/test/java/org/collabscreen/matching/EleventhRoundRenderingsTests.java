package org.collabscreen.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's eleventh round: listed concepts rendered in Spanish, French, German and Chinese (quantum error
 * correction, quantum computers, kinetic-energy and electromagnetic launchers, loitering munitions, protein design,
 * DNA synthesis, precision fermentation, passive radar, hyperspectral imaging, pulsed power, neural electrodes, space
 * nuclear power, GNSS spoofing, optical communication; in Russian, Italian, Portuguese and Japanese too: hydroacoustic
 * arrays, stealth, surface ships, genetic circuits, warheads, thermal imaging, aircraft, recombinant proteins,
 * transcranial magnetic stimulation; integrated sensing and communication, radio access networks, airliners,
 * two-dimensional semiconductors, knowledge reasoning), and a Spanish text read also in Portuguese, and the other way
 * round, where their stop words are nearly as many.
 */
class EleventhRoundRenderingsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Corrección de errores cuánticos en procesadores de espín | QUANTUM",
                "Ordenadores cuánticos fotónicos a temperatura ambiente | QUANTUM",
                "Penetración de blindajes cerámicos | ADV_WEAPONS",
                "Lanzadores electromagnéticos para ensayos balísticos | ADV_WEAPONS",
                "Modelos de difusión para la restauración de fotografías | AI",
                "Diseño de proteínas termoestables | BIOTECH",
                "Fermentación de precisión de proteínas lácteas | BIOTECH",
                "Suplantación GNSS en la aviación civil | PNT",
                "Privacidad diferencial en registros sanitarios | CYBER_CRYPTO",
                "Munitions rôdeuses à voilure fixe | ROBOTICS_AUTONOMY",
                "Fermentation de précision pour les arômes | BIOTECH",
                "Confidentialité différentielle des données de mobilité | CYBER_CRYPTO",
                "Radar passif multistatique | SENSING_SURVEILLANCE",
                "Passivradar für die Luftraumüberwachung | SENSING_SURVEILLANCE",
                "Elektromagnetische Beschleuniger im Labormaßstab | ADV_WEAPONS",
                "DNA-Synthese auf Mikrochips | BIOTECH",
                "Präzisionsfermentation von Milchproteinen | BIOTECH",
                "Schwachstellensuche in Firmware | CYBER_CRYPTO",
                "量子网络的路由协议 | QUANTUM",
                "确定性单光子源的制备 | QUANTUM",
                "水下可见光通信的信道建模 | TELECOM_NETWORKS",
                "机载高光谱遥感数据处理 | SENSING_SURVEILLANCE",
                "紧凑型脉冲功率源 | DIRECTED_ENERGY",
                "可降解神经电极材料 | HMI_NEURO",
                "空间核电源的热电转换 | AEROSPACE_SPACE",
                "聚变堆偏滤器材料 | NUCLEAR",
                "安卓恶意代码家族分类 | CYBER_CRYPTO",
                "Гидроакустические антенны корабельного базирования | SENSING_SURVEILLANCE",
                "Методы снижения заметности летательных аппаратов | SENSING_SURVEILLANCE",
                "Живучесть надводных кораблей | MARINE_UNDERWATER",
                "Генетические схемы для биосенсоров | BIOTECH",
                "Боевые части для зенитных ракет | ADV_WEAPONS",
                "Mesure de la signature acoustique des hélicoptères | SENSING_SURVEILLANCE",
                "Telecamere a immagine termica per il soccorso alpino | SENSING_SURVEILLANCE",
                "Aerodinamica dei velivoli ad ala rotante | AEROSPACE_SPACE",
                "Purificação de proteínas recombinantes de leveduras | BIOTECH",
                "経頭蓋磁気刺激の刺激パラメータ最適化 | HMI_NEURO",
                "面向低空经济的通信感知波形 | SENSING_SURVEILLANCE",
                "面向6G通信的太赫兹天线 | TELECOM_NETWORKS",
                "无线接入网的切片调度 | TELECOM_NETWORKS",
                "支线客机的气动噪声 | AEROSPACE_SPACE",
                "二维半导体的掺杂方法 | ADV_MATERIALS",
                "大规模知识推理的可解释性 | AI",
                "Integrated sensing and communication for vehicular networks | SENSING_SURVEILLANCE",
                "O-RAN fronthaul timing requirements | TELECOM_NETWORKS",
                "Propulsantes de cohetes con aluminio | AEROSPACE_SPACE",
                "Nanomateriales energéticos a base de termitas | ADV_WEAPONS",
                "Supraleiter für kompakte Motoren | ADV_MATERIALS",
                "Optische Rechenwerke auf Siliziumchips | ADV_COMPUTING",
            })
    void findsAListedConceptRenderedInAnotherLanguage(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }

    @Test
    void readsASpanishTextInSpanishThoughPortugueseStopWordsOutnumberItsOwn() {
        // "de" is a stop word of both, "dos" of Portuguese only: three to two
        String text = "Fidelidad de dos cúbits de iones atrapados";

        assertThat(TextLanguages.told(text)).contains(TechnologyLanguage.ES, TechnologyLanguage.PT);
        assertThat(SeededClassifier.reportedCodes(text)).contains("QUANTUM");
    }

    @Test
    void readsAShortSpanishTextInSpanishAlone() {
        // two Spanish stop words ("de", "con"), one Portuguese ("de"): too few to tell the two apart by
        assertThat(TextLanguages.told("Dinámica de ciervos con collares"))
                .contains(TechnologyLanguage.ES)
                .doesNotContain(TechnologyLanguage.PT);
    }

    @Test
    void readsAnEnglishTextOnlyInEnglishWhenEnglishStopWordsLead() {
        assertThat(TextLanguages.told("The design of a radar for the harbour")).containsExactly(TechnologyLanguage.EN);
    }
}
