package org.collabscreen.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The languages a text is read in, told by its stop words: a Spanish text is read also in Portuguese, and a Portuguese
 * one also in Spanish, where their stop words are nearly as many.
 */
class TextLanguagesTests {

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
