package org.collabscreen.matching;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Folding, duplicate and shared keywords, and the use of a general-purpose method versus its advancement. */
class ClassifierVariantsTests {

    private static final CategoryEntry FLEXIBLE = RulebookFixtures.category(
            "FLEXIBLE_ELECTRONICS",
            "Flexible electronics",
            "flexible electronics",
            "wearable sensor",
            "wearable sensors");
    private static final CategoryEntry HYPERSONICS =
            RulebookFixtures.category("HYPERSONICS", "Hypersonics", "hypersonic", "scramjet");
    private static final CategoryEntry AEROSPACE =
            RulebookFixtures.category("AEROSPACE_SPACE", "Aerospace and space", "hypersonic", "rocket", "satellite");
    private static final CategoryEntry AI = RulebookFixtures.category(
            "AI", "Artificial intelligence", "machine learning", "deep learning", "large language model");

    private final TechnologyClassifier classifier =
            new TechnologyClassifier(List.of(FLEXIBLE, HYPERSONICS, AEROSPACE, AI));

    private double confidence(String text, CategoryEntry category) {
        return classifier.classify(text).stream()
                .filter(match -> match.code().equals(category.code()))
                .mapToDouble(Classification::score)
                .findFirst()
                .orElse(0.0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ﬂexible electronics",
                "FLEXIBLE ÉLECTRONICS",
                "flexible e\u0301lectronics",
                "ｆｌｅｘｉｂｌｅ electronics"
            })
    void foldsLigaturesCombiningAccentsAndFullWidth(String text) {
        assertThat(confidence(text, FLEXIBLE)).isEqualTo(0.95);
    }

    @Test
    void countsSingularAndPluralOfOneKeywordOnce() {
        List<Classification> matches = classifier.classify("A wearable sensor and more wearable sensors");
        assertThat(matches.get(0).matchedTerms()).containsExactly("wearable sensor");
        assertThat(matches.get(0).score()).isEqualTo(0.95);
    }

    @Test
    void givesATermListedUnderTwoCategoriesToTheOneItNames() {
        assertThat(classifier.classify("hypersonic flight"))
                .extracting(match -> match.code())
                .containsExactly("HYPERSONICS");
    }

    @Test
    void keepsASharedTermForEveryCategoryWithEvidenceOfItsOwn() {
        assertThat(classifier.classify("hypersonic rocket and scramjet"))
                .extracting(match -> match.code())
                .containsExactlyInAnyOrder("HYPERSONICS", "AEROSPACE_SPACE");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A survey of students' attitudes, analysed with machine learning.",
                "Using deep learning to classify bird songs.",
                "Machine learning tools for archive cataloguing."
            })
    void lowersResearchThatOnlyUsesAGeneralPurposeMethod(String text) {
        assertThat(confidence(text, AI)).isLessThan(0.5);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "New deep learning architectures for few-shot recognition.",
                "Advancing machine learning theory.",
                "Training large language models using deep learning at scale."
            })
    void keepsResearchThatAdvancesTheMethod(String text) {
        assertThat(confidence(text, AI)).isGreaterThanOrEqualTo(0.75);
    }
}
