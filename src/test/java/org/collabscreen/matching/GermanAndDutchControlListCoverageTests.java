package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * German or Dutch text naming a concept of each category's scope as the defining texts list it (Annex I and Common
 * Military List items, the areas of Recommendation 2023/2113, the CET subfields, the STRA sub-categories), in the words
 * research in that language writes, finds the category; text of ordinary science or the humanities that shares a word
 * with such a concept (helicopter rescue, torpedo rays, pet microchips, cryptocurrency markets) finds none.
 */
class GermanAndDutchControlListCoverageTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Atomlagenabscheidung von Hafniumoxid für Halbleiterbauelemente | SEMICONDUCTORS",
                "Titanaluminide für leichte Verdichterstufen | ADV_MATERIALS",
                "Elektronenstrahlschmelzen von Nickelbasisbauteilen | ADV_MANUFACTURING",
                "DNA-Datenspeicherung für die Langzeitarchivierung | ADV_COMPUTING",
                "Selbstüberwachtes Lernen für die Segmentierung von Röntgenaufnahmen | AI",
                "Topologische Isolatoren als Plattform für robuste Quantenbits | QUANTUM",
                "Gitterbasierte Kryptografie für eingebettete Steuergeräte | CYBER_CRYPTO",
                "Mesh-Netzwerke für den Katastrophenschutz | TELECOM_NETWORKS",
                "Überhorizontradar zur Überwachung des Seeverkehrs | SENSING_SURVEILLANCE",
                "Laserblendwaffen und ihre völkerrechtliche Bewertung | DIRECTED_ENERGY",
                "Ringlaserkreisel für Verkehrsflugzeuge | PNT",
                "Ionentriebwerke für geostationäre Satelliten | AEROSPACE_SPACE",
                "Pulsdetonationstriebwerke im Versuchsstand | HYPERSONICS",
                "Schwarmrobotik für die Inspektion von Windparks | ROBOTICS_AUTONOMY",
                "Außenluftunabhängige Antriebe für Unterseeboote | MARINE_UNDERWATER",
                "Nukleinsäuresynthese im Tischgerät | BIOTECH",
                "Hirnimplantate zur Steuerung von Armprothesen | HMI_NEURO",
                "Isotopentrennung mit Zentrifugenkaskaden | NUCLEAR",
                "Redox-Flow-Batterien für Netzspeicher | ADV_ENERGY",
                "Marschflugkörper mit Zielsuchköpfen | ADV_WEAPONS",
                "Zero-Day-Exploits in Industriesteuerungen | CYBER_CRYPTO",
                "Hochtemperatursupraleiter für Fusionsmagnete | ADV_MATERIALS",
            })
    void findsTheCategoryOfAListedConceptWrittenInGerman(String text, String expected) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Atoomlaagdepositie voor de volgende generatie halfgeleiders | SEMICONDUCTORS",
                "Koolstofvezelversterkte kunststoffen voor lichte vleugels | ADV_MATERIALS",
                "Selectief lasersmelten van titaanlegeringen | ADV_MANUFACTURING",
                "Neurale netwerken voor het herkennen van verkeersborden | AI",
                "Supergeleidende qubits met een lange coherentietijd | QUANTUM",
                "Zijkanaalaanvallen op betaalterminals | CYBER_CRYPTO",
                "Softwaregedefinieerde netwerken voor havens | TELECOM_NETWORKS",
                "Gezichtsherkenning in openbare ruimten | SENSING_SURVEILLANCE",
                "Laserwapens tegen kleine drones | DIRECTED_ENERGY",
                "Glasvezelgyroscopen voor schepen | PNT",
                "Draagraketten met herbruikbare eerste trap | AEROSPACE_SPACE",
                "Onderzeeboten met luchtonafhankelijke voortstuwing | MARINE_UNDERWATER",
                "Genoombewerking van gewassen met basisbewerkers | BIOTECH",
                "Neuroprothesen voor mensen met een dwarslaesie | HMI_NEURO",
                "Uraniumverrijking met gascentrifuges | NUCLEAR",
                "Vastestofbatterijen voor elektrische auto's | ADV_ENERGY",
                "Kruisraketten met zoekkoppen | ADV_WEAPONS",
            })
    void findsTheCategoryOfAListedConceptWrittenInDutch(String text, String expected) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hubschrauberrettung in alpinen Notfällen",
                "Torpedorochen und die Evolution elektrischer Organe",
                "Mikrochips zur Kennzeichnung von Hunden und Katzen",
                "Die Ökonomie der Kryptowährungen nach 2017",
                "Die Kernenergie-Debatte in der deutschen Presse der 1970er Jahre",
                "Motorischer Kortex und Lernen bei Ratten",
                "Genomsequenzierung von Wildbienen",
                "De geschiedenis van de Nederlandse schilderkunst",
                "Weidevogels en het beheer van graslanden",
            })
    void findsNothingInOrdinaryScienceSharingAWord(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).isEmpty();
    }
}
