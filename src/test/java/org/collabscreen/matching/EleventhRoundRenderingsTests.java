package org.collabscreen.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's eleventh round: listed concepts rendered in Spanish, French, German and Chinese (quantum error
 * correction, quantum computers, kinetic-energy and electromagnetic launchers, loitering munitions, protein design,
 * DNA synthesis, precision fermentation, passive radar, hyperspectral imaging, pulsed power, neural electrodes, space
 * nuclear power, GNSS spoofing, optical communication), and a Spanish text read also in Portuguese, and the other way
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
