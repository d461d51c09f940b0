package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where AI is the object of the work it advances AI, with the category of what it is for; where it is a tool put to a
 * natural, medical or social question it does not ({@link MachineRecognition}, {@link LearningForSensitiveWork},
 * {@link AiChips}, {@link ToolUse}, {@link AppliedMethods}).
 */
class LearningAsTheObjectOfTheWorkTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Speaker verification robust to spoofing for wiretapped calls",
                "Gait recognition of pedestrians at long range",
                "Identificación de hablantes: speaker identification en tiempo real",
                "Reconnaissance du locuteur en temps réel",
                "Sprechererkennung in Echtzeit für Funkverbindungen",
                "Распознавание диктора в реальном времени",
                "远距离步态识别与机场旅客身份核验",
                "实时说话人识别",
                "リアルタイム話者認識",
                "실시간 화자 인식",
            })
    void readsRecognisingPersonsByVoiceOrGaitAsMachinePerception(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("AI", "SENSING_SURVEILLANCE");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Reconnaissance faciale à distance dans les aéroports",
                "Riconoscimento facciale in tempo reale ai varchi doganali",
                "Reconhecimento facial em tempo real nos aeroportos",
            })
    void readsWhatATextSaysOfFaceRecognitionInEveryLanguage(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("AI", "SENSING_SURVEILLANCE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gait recognition at long range for controlling a lower-limb exoskeleton"})
    void keepsAnExoskeletonsGaitRecognitionOutOfAI(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).doesNotContain("AI");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hexapod robot gaits acquired with reinforcement learning on a legged robot",
                "Enjambres de drones autónomos coordinados mediante aprendizaje por refuerzo",
                "基于强化学习的无人机集群自主避障",
                "Malware detection on smart meters with federated learning",
                "Design of antibody binders with diffusion models for protein design",
            })
    void readsALearningMethodPutToSensitiveWorkAsAdvanced(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("AI");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Deep learning to grade cataracts in eye clinics",
                "Aprendizaje profundo para identificar ranas por su canto",
                "Apprentissage profond pour dater des fresques romanes",
                "Apprendimento profondo per riconoscere le specie di farfalle",
                "Aprendizagem profunda para diagnosticar doenças do café",
                "Глубокое обучение для диагностики болезней картофеля",
                "Sentiment analysis of restaurant reviews in Lisbon",
            })
    void keepsALearningMethodPutToAnotherQuestionAsATool(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).doesNotContain("AI");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A microcontroller with an integrated neural processing unit for hearing aids",
                "Entwurf eines Mikrocontrollers mit KI-Beschleuniger für Hörgeräte",
            })
    void readsAnAiChipTheWorkBuildsAsAdvanced(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).contains("AI");
    }
}
