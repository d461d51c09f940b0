package org.collabscreen.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.collabscreen.rulebook.CategoryMatch;
import org.collabscreen.rulebook.TechnologyCategoryRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Folding, duplicate and shared keywords, and the use of a general-purpose method versus its advancement. */
class ClassifierVariantsTests {

    private static final TechnologyCategoryRule FLEXIBLE = RulebookFixtures.category("FLEXIBLE_ELECTRONICS",
            "Flexible electronics", "SEMICONDUCTORS", "flexible electronics", "wearable sensor", "wearable sensors");
    private static final TechnologyCategoryRule HYPERSONICS = RulebookFixtures.category("HYPERSONICS", "Hypersonics",
            null, "hypersonic", "scramjet");
    private static final TechnologyCategoryRule AEROSPACE = RulebookFixtures.category("AEROSPACE_SPACE",
            "Aerospace and space", null, "hypersonic", "rocket", "satellite");
    private static final TechnologyCategoryRule AI = RulebookFixtures.category("AI", "Artificial intelligence", null,
            "machine learning", "deep learning", "large language model");

    private final TechnologyClassifier classifier = new TechnologyClassifier(
            List.of(FLEXIBLE, HYPERSONICS, AEROSPACE, AI));

    private double confidence(String text, TechnologyCategoryRule category) {
        return classifier.classify(text).stream().filter(match -> match.category().equals(category))
                .mapToDouble(CategoryMatch::score).findFirst().orElse(0.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ﬂexible electronics", "FLEXIBLE ÉLECTRONICS", "flexible e\u0301lectronics",
            "ｆｌｅｘｉｂｌｅ electronics"})
    void foldsLigaturesCombiningAccentsAndFullWidth(String text) {
        assertThat(confidence(text, FLEXIBLE)).isEqualTo(0.95);
    }

    @Test
    void countsSingularAndPluralOfOneKeywordOnce() {
        List<CategoryMatch> matches = classifier.classify("A wearable sensor and more wearable sensors");
        assertThat(matches.get(0).matchedTerms()).containsExactly("wearable sensor");
        assertThat(matches.get(0).score()).isEqualTo(0.95);
    }

    @Test
    void givesATermListedUnderTwoCategoriesToTheOneItNames() {
        assertThat(classifier.classify("hypersonic flight")).extracting(match -> match.category().code())
                .containsExactly("HYPERSONICS");
    }

    @Test
    void keepsASharedTermForEveryCategoryWithEvidenceOfItsOwn() {
        assertThat(classifier.classify("hypersonic rocket and scramjet")).extracting(match -> match.category().code())
                .containsExactlyInAnyOrder("HYPERSONICS", "AEROSPACE_SPACE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A survey of students' attitudes, analysed with machine learning.",
            "Using deep learning to classify bird songs.", "Machine learning tools for archive cataloguing."})
    void lowersResearchThatOnlyUsesAGeneralPurposeMethod(String text) {
        assertThat(confidence(text, AI)).isLessThan(0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"New deep learning architectures for few-shot recognition.",
            "Advancing machine learning theory.", "Training large language models using deep learning at scale."})
    void keepsResearchThatAdvancesTheMethod(String text) {
        assertThat(confidence(text, AI)).isGreaterThanOrEqualTo(0.75);
    }
}
