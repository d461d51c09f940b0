package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each category's scope written in French, Italian or Russian with the words research and press texts use for its
 * items, sub-fields, systems, components and processes (issue 15's twentieth round: coverage taken from the defining
 * texts, not from errors), and texts of ordinary science that use none of them, or use a word only in its everyday
 * sense, and must report nothing.
 */
class FrenchItalianRussianScopeCoverageTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Gravure plasma et dépôt de couches atomiques pour les nœuds avancés | SEMICONDUCTORS",
                "Encres conductrices pour capteurs flexibles imprimés sur papier | FLEXIBLE_ELECTRONICS",
                "Polymères à mémoire de forme pour des charnières déployables | ADV_MATERIALS",
                "Frittage laser sélectif de pièces en inconel | ADV_MANUFACTURING",
                "Réseaux antagonistes génératifs pour la synthèse de visages | AI",
                "Rançongiciels visant les hôpitaux : détection précoce | CYBER_CRYPTO",
                "Radio cognitive pour le partage dynamique du spectre | TELECOM_NETWORKS",
                "Reconnaissance de la démarche à partir de caméras de surveillance | SENSING_SURVEILLANCE",
                "Générateurs de Marx pour sources micro-ondes compactes | DIRECTED_ENERGY",
                "Turboréacteurs à faibles émissions pour l'aviation régionale | AEROSPACE_SPACE",
                "Combustion supersonique dans un statoréacteur mixte | HYPERSONICS",
                "Gaines de combustible en alliage de zirconium pour réacteurs à eau pressurisée | NUCLEAR",
                "Batteries à flux au vanadium pour le réseau électrique | ADV_ENERGY",
                "Sinterizzazione laser selettiva di polveri metalliche | ADV_MANUFACTURING",
                "Ricevitori GNSS resistenti allo spoofing | PNT",
                "Robot umanoidi per la logistica di magazzino | ROBOTICS_AUTONOMY",
                "Droni subacquei per la guerra di mine | MARINE_UNDERWATER",
                "Stimolazione transcranica e protesi neurali | HMI_NEURO",
                "Missili da crociera e siluri di nuova generazione | ADV_WEAPONS",
                "Квантовая запутанность и квантовая телепортация на городских линиях | QUANTUM",
                "Органические светодиоды для гибких дисплеев | FLEXIBLE_ELECTRONICS",
                "Волоконно-оптические гироскопы для бесплатформенных инерциальных систем | PNT",
                "Метаболическая инженерия дрожжей для производства ароматов | BIOTECH",
                "Тепловыделяющие сборки для реакторов ВВЭР | NUCLEAR",
                "Крылатые ракеты и головки самонаведения | ADV_WEAPONS",
            })
    void reportsTheCategoryItsScopeNames(String text, String expected) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Séquençage massivement parallèle du microbiome intestinal.",
                "Caméras thermiques pour compter les chevreuils en forêt.",
                "Telecamere termiche per il conteggio dei caprioli.",
                "Effetti dell'inquinamento atmosferico sulla salute respiratoria dei bambini.",
                "Генно-инженерные биологические препараты в ревматологии.",
                "Клиническая оценка лечения резистентной депрессии.",
            })
    void reportsNothingForOrdinaryScience(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).isEmpty();
    }
}
