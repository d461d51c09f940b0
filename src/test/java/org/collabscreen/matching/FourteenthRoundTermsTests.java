package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's fourteenth round, technology: more everyday words in their other sense ({@link OtherSenses}), more
 * social-science topics ({@link SubjectOfStudy}), and a method put to an everyday task named by a Romance infinitive
 * ({@link AppliedMethods}); each against a text where the same word keeps its technical sense. Laser weapons in the
 * languages of the Common Military List's item ML19.a, and everyday lasers that are none; anti-submarine warfare in
 * those of its item ML9.
 */
class FourteenthRoundTermsTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Indoor air pollution from rocket stoves in highland kitchens",
                "Building satellite accounts for the cultural sector",
                "Recreational drones and noise complaints in city parks",
                "Drones de loisir dans les parcs naturels",
                "无人机拍摄婚礼的服务定价",
                "Opening hours of submarine sandwich chains",
                "Sonar-like calls of bats hunting over water",
                "Wind tunnel drag of time-trial cyclists' skinsuits",
                "Robot lawn mowers and hedgehog injuries",
            })
    void readsAnEverydayWordInTheSenseItsContextMakesPlain(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Solid rocket motors with high burn rates | AEROSPACE_SPACE",
                "Satellite laser ranging for orbit determination | AEROSPACE_SPACE",
                "Drone swarms with decentralised task allocation | ROBOTICS_AUTONOMY",
                "Submarine hull acoustic signature reduction | MARINE_UNDERWATER",
                "Hypersonic wind tunnel testing of scramjet inlets | HYPERSONICS",
            })
    void keepsAnEverydayWordsTechnicalSenseWithoutOtherContext(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Smart speakers in the home: a consumer satisfaction survey",
                "Facial recognition cameras in shops: legal liability of retailers",
                "Cloud encryption services: a compliance study for hospitals",
                "无人机配送的市场分析",
                "Les caméras thermiques et le droit à l'image",
            })
    void countsTermsOfASocialScienceStudyLikeTools(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Aprendizaje automático para predecir el precio de la vivienda",
                "Redes neuronales para recomendar libros en bibliotecas",
                "Apprentissage automatique pour prédire la fréquentation des musées",
            })
    void readsARomanceInfinitiveOfAnEverydayTaskAsToolUse(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).doesNotContain("AI");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Aprendizaje automático robusto frente a ejemplos adversarios",
                "Apprentissage automatique frugal sur microcontrôleurs",
            })
    void keepsMachineLearningThatIsAdvanced(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("AI");
    }

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
