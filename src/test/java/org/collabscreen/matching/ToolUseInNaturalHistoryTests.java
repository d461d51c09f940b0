package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A method or instrument named in a study of living nature (birds, fungi, storks, orchard meadows, biodiversity) is the
 * naturalist's tool ({@link NaturalHistory}), in every language; a creature that is a model or a hazard of engineering
 * ("bird-inspired", "bird strike") leaves the work engineering.
 */
class ToolUseInNaturalHistoryTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Convolutional neural networks to tell songbirds apart by their calls",
                "Aprendizaje automático aplicado al canto de pájaros urbanos",
                "Drohnen zur Zählung von Storchennestern",
                "Apprentissage profond et champignons des forêts boréales",
                "Машинное обучение и миграция птиц",
                "利用深度学习识别候鸟迁徙路线",
                "ドローンによる野鳥の個体数調査",
                "Thermal cameras for counting hedgehogs and other wildlife",
            })
    void readsMethodsInStudiesOfLivingNatureAsTools(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bird-inspired morphing wings for small drones",
                "Deep learning for drone swarms in contested airspace",
                "深度学习目标检测算法",
            })
    void keepsEngineeringThatNamesNoLivingSubject(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).isNotEmpty();
    }
}
