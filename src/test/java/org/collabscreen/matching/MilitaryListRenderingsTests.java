package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Laser weapons (the Common Military List's item ML19.a) and anti-submarine warfare (its item ML9) in the languages the
 * classifier reads, against everyday lasers and other struggles that are none.
 */
class MilitaryListRenderingsTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Лазерное оружие корабельного базирования",
                "Laserwaffen gegen kleine Boote",
                "Armes laser embarquées sur navires",
                "Armas láser para defensa de bases",
                "Armi laser navali",
                "Armas laser para defesa aérea",
            })
    void findsLaserWeaponsInTheLanguagesOfTheMilitaryList(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("DIRECTED_ENERGY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Лазерная указка на лекциях", "Laserdrucker im Büro", "Pointeurs laser en classe"})
    void findsNoDirectedEnergyInEverydayLasers(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).doesNotContain("DIRECTED_ENERGY");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bistatic sensing concepts for anti-submarine warfare",
                "Drones navals pour la lutte anti-sous-marine",
                "Helicópteros embarcados en la guerra antisubmarina",
                "Противолодочная оборона прибрежных районов",
            })
    void findsAntiSubmarineWarfareInTheLanguagesOfTheMilitaryList(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("MARINE_UNDERWATER");
    }

    @ParameterizedTest
    @ValueSource(strings = {"La lutte anti-corruption dans les ports", "Guerra de precios entre aerolíneas"})
    void findsNoUnderwaterWarfareInOtherStruggles(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).doesNotContain("MARINE_UNDERWATER");
    }
}
