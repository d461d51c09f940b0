package org.collabscreen.matching;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.collabscreen.rulebook.TechnologyCategoryRule;
import org.collabscreen.seed.SeedEntries;
import org.collabscreen.seed.SeedRulebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One concept gets one category in every language: the vocabularies follow the rulebook's category definitions, so a
 * concept the rulebook gives a sub-category is that sub-category whichever language the text is written in.
 */
class CategoryAgreementTests {

    private static final List<CategoryEntry> SEEDED = SeedEntries.categories();
    private static final List<String> SUB_CATEGORIES = SeedRulebook.snapshot().technologyCategories().stream()
            .filter(c -> c.parentCode() != null)
            .map(TechnologyCategoryRule::code)
            .toList();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "flexible electronics | electrónica flexible",
                "flexible electronics | électronique flexible",
                "flexible electronics | flexible Elektronik",
                "flexible electronics | elettronica flessibile",
                "flexible electronics | eletrônica flexível",
                "flexible electronics | 柔性电子",
                "flexible electronics | 柔性電子",
                "flexible electronics | フレキシブルエレクトロニクス",
                "flexible electronics | 유연 전자",
                "flexible electronics | гибкая электроника",
                "printed electronics | electrónica impresa",
                "printed electronics | électronique imprimée",
                "printed electronics | gedruckte Elektronik",
                "printed electronics | 印刷电子",
            })
    void aRenderingHasTheCategoriesOfTheEnglishTerm(String english, String rendering) {
        assertThat(codes(english)).isNotEmpty();
        assertThat(codes(rendering)).isEqualTo(codes(english));
    }

    @Test
    void flexibleElectronicsIsTheRulebooksSubCategory() {
        assertThat(SUB_CATEGORIES).contains("FLEXIBLE_ELECTRONICS");
        assertThat(codes("flexible electronics")).containsExactly("FLEXIBLE_ELECTRONICS");
    }

    @Test
    void noVocabularyListsASubCategorysKeywordUnderAnotherCategory() {
        Map<String, String> subCategoryOf = SEEDED.stream()
                .filter(c -> isSubCategory(c.code()))
                .flatMap(c -> c.keywords().stream().map(k -> Map.entry(k.toLowerCase(Locale.ROOT), c.code())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        List<String> disagreeing = TechnologyVocabulary.terms().stream()
                .filter(t -> subCategoryOf.containsKey(t.term().toLowerCase(Locale.ROOT)))
                .filter(t -> !t.code().equals(subCategoryOf.get(t.term().toLowerCase(Locale.ROOT))))
                .map(t -> t.language().tag() + ": " + t.term() + " under " + t.code())
                .toList();
        assertThat(disagreeing).isEmpty();
    }

    @Test
    void termsCitingASubCategorysItemAreThatSubCategoryInEveryLanguage() {
        Map<String, List<String>> codesByItem = TechnologyVocabulary.terms().stream()
                .collect(Collectors.groupingBy(
                        t -> itemOf(t.source()),
                        Collectors.mapping(TechnologyVocabulary.Term::code, Collectors.toList())));
        codesByItem.forEach((item, codes) -> {
            if (codes.stream().anyMatch(CategoryAgreementTests::isSubCategory)) {
                assertThat(codes).as(item).allMatch(CategoryAgreementTests::isSubCategory);
            }
        });
    }

    private static boolean isSubCategory(String code) {
        return SUB_CATEGORIES.contains(code);
    }

    /** The item a term cites, without the gloss in brackets some renderings add ("(flexible sensors; …)"). */
    private static String itemOf(String source) {
        int gloss = source.indexOf(" (");
        return gloss < 0 ? source : source.substring(0, gloss);
    }

    private static List<String> codes(String text) {
        return SeededClassifier.reportedCodes(text).stream().sorted().toList();
    }
}
