package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listed concepts written in English, German, French, Spanish, Italian or Portuguese with words no vocabulary held
 * before issue 15's nineteenth round: phage engineering, quantum memories, fault injection, powder-bed and cold-spray
 * deposition, magnetic confinement, drone detection, tactical missiles, bioprinting, hybrid bonding,
 * microreactors, hydrogen electrolysers, secure boot, LLMs, gyrometers, cortical implants, nanosatellites,
 * gravity gradiometry.
 */
class ListedConceptsInEuropeanLanguagesTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Bioprinting of cartilage scaffolds for knee repair | BIOTECH",
                "Fault-injection attacks on payment terminals | CYBER_CRYPTO",
                "Hybrid bonding for stacked image sensor dies | SEMICONDUCTORS",
                "Microreactors for remote mining sites | NUCLEAR",
                "Ingénierie de bactériophages contre les infections hospitalières | BIOTECH",
                "Mémoires quantiques à longue durée de cohérence | QUANTUM",
                "Attaques par injection de fautes sur des microcontrôleurs | CYBER_CRYPTO",
                "Laserpulverbettschmelzen von Titanlegierungen | ADV_MANUFACTURING",
                "Kaltgasspritzen von Kupferschichten | ADV_MANUFACTURING",
                "Memorias cuánticas de estado sólido | QUANTUM",
                "Sistemas de detección de drones en aeropuertos | SENSING_SURVEILLANCE",
                "Misiles tácticos de corto alcance | ADV_WEAPONS",
                "Simulazioni del confinamento magnetico del plasma | NUCLEAR",
                "Edição gênica de bovinos resistentes ao calor | BIOTECH",
                "Alkaline electrolysers fed by offshore wind | ADV_ENERGY",
                "Elektrolyseure für die Stahlindustrie | ADV_ENERGY",
                "Secure boot for smart meters | CYBER_CRYPTO",
                "Distilling LLMs for mobile phones | AI",
                "Gyromètres à fibre pour sous-marins | PNT",
                "Implants corticaux pour la vision artificielle | HMI_NEURO",
                "Costellazioni di nanosatelliti per osservazione | AEROSPACE_SPACE",
                "Marine gravity gradiometry for seabed surveys | SENSING_SURVEILLANCE",
            })
    void reportsTheConceptInItsOwnLanguage(String text, String expected) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(expected);
    }
}
