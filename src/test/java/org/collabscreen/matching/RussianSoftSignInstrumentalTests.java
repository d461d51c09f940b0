package org.collabscreen.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A Russian term in -ь is found in the instrumental singular (-ью) too. */
class RussianSoftSignInstrumentalTests {

    @Test
    void findsATermWrittenInTheInstrumental() {
        assertThat(SeededClassifier.reportedCodes("Перевод научных статей языковой моделью"))
                .contains("AI");
    }

    @Test
    void readsOnlyTheEndingOfAWordOfThreeLettersOrMore() {
        assertThat(RussianSoftSignInstrumental.asNominative("Управление сетью, я пью чай, Моделью"))
                .isEqualTo("Управление сеть, я пью чай, Модель");
    }
}
