package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listed concepts rendered in languages that lacked them, issue 15's eighteenth round: research and high-temperature
 * reactors (EU 0A001), solid rocket motors and propellants (EU 9A007), deep space (CET space technologies), border
 * surveillance, optical networks and wavelength-division multiplexing (CET optical links), mesh networks and acoustic
 * modems, inter-satellite links.
 */
class ReactorLinkAndBorderRenderingsTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Sicherheitsanalyse von Forschungsreaktoren | NUCLEAR",
                "Gestión del envejecimiento en reactores de investigación | NUCLEAR",
                "研究堆的燃料管理 | NUCLEAR",
                "Модернизация исследовательских реакторов | NUCLEAR",
                "Brennelemente für den Hochtemperaturreaktor | NUCLEAR",
                "固体火箭发动机的点火瞬态 | AEROSPACE_SPACE",
                "Missions vers l'espace lointain | AEROSPACE_SPACE",
                "深空探测器的自主导航 | AEROSPACE_SPACE",
                "Capteurs pour la surveillance des frontières | SENSING_SURVEILLANCE",
                "Sensores para la vigilancia de fronteras | SENSING_SURVEILLANCE",
                "Sensores para vigilância de fronteiras | SENSING_SURVEILLANCE",
                "Sensori per la sorveglianza delle frontiere | SENSING_SURVEILLANCE",
                "Tolérance aux pannes des réseaux optiques | TELECOM_NETWORKS",
                "Wellenlängenmultiplex in Stadtnetzen | TELECOM_NETWORKS",
                "Fiabilidad de las redes ópticas | TELECOM_NETWORKS",
                "光网络的故障恢复 | TELECOM_NETWORKS",
                "Routage dans les réseaux maillés | TELECOM_NETWORKS",
                "Межспутниковая связь в оптическом диапазоне | TELECOM_NETWORKS",
            })
    void findsAListedConceptRenderedInALanguageThatLackedIt(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }
}
