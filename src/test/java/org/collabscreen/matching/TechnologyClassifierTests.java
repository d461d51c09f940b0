package org.collabscreen.matching;

import java.util.List;

import org.collabscreen.seed.SeedEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.matching.RulebookFixtures.ADVANCED_COMPUTING;
import static org.collabscreen.matching.RulebookFixtures.AI;
import static org.collabscreen.matching.RulebookFixtures.CATEGORIES;
import static org.collabscreen.matching.RulebookFixtures.FLEXIBLE_ELECTRONICS;
import static org.collabscreen.matching.RulebookFixtures.SEMICONDUCTORS;

class TechnologyClassifierTests {

    private final TechnologyClassifier classifier = new TechnologyClassifier(CATEGORIES);

    @Test
    void classifiesFlexibleElectronicsAsTheSubCategory() {
        List<Classification> matches = classifier.classify("Flexible electronics for wearable sensors");

        assertThat(matches).extracting(Classification::code).containsExactly(FLEXIBLE_ELECTRONICS.code());
        assertThat(matches.get(0).matchedTerms()).containsExactly("flexible electronics", "wearable sensor");
        assertThat(matches.get(0).score()).isEqualTo(1.0);
    }

    @Test
    void classifiesSemiconductorLithography() {
        List<Classification> matches = classifier.classify("semiconductor lithography");

        assertThat(matches).extracting(Classification::code).containsExactly(SEMICONDUCTORS.code());
        assertThat(matches.get(0).matchedTerms()).containsExactly("semiconductor", "lithography");
        assertThat(matches.get(0).score()).isBetween(0.75, 0.85);
    }

    @Test
    void matchesPluralsAndShortKeywordsAsWholeTokens() {
        List<Classification> matches = classifier.classify("EUV lithography of wafers");

        assertThat(matches).extracting(Classification::code).containsExactly(SEMICONDUCTORS.code());
        assertThat(matches.get(0).matchedTerms()).containsExactly("EUV lithography", "EUV", "lithography", "wafer");
    }

    @Test
    void scoresParentAndSubCategoryEachOnItsOwnEvidence() {
        List<Classification> matches = classifier.classify(
                "Wearable sensors and integrated circuits on flexible wafers with EUV lithography and GaN");

        assertThat(matches)
                .extracting(Classification::code)
                .containsExactly(SEMICONDUCTORS.code(), FLEXIBLE_ELECTRONICS.code());
        assertThat(matches.get(0).score()).isGreaterThan(matches.get(1).score());
        assertThat(classifier
                        .classify("integrated circuits on wafers with EUV lithography")
                        .get(0)
                        .score())
                .isEqualTo(matches.get(0).score());
    }

    @Test
    void reportsSeveralCategoriesBestFirst() {
        List<Classification> matches = classifier.classify("Neural networks and machine learning for HPC scheduling");

        assertThat(matches).extracting(Classification::code).containsExactly(AI.code(), ADVANCED_COMPUTING.code());
        assertThat(matches.get(0).score()).isGreaterThan(matches.get(1).score());
    }

    @Test
    void foldsBritishAndAmericanSpellingsAndInflections() {
        TechnologyClassifier withOptimisation = new TechnologyClassifier(
                List.of(RulebookFixtures.category("OPTIMISATION", "Optimisation", "network optimization", "digitise")));

        assertThat(withOptimisation.classify("Network optimisation of grids")).hasSize(1);
        assertThat(withOptimisation.classify("optimised networks")).isEmpty();
        assertThat(withOptimisation.classify("digitized archives")).hasSize(1);
        assertThat(withOptimisation.classify("digitising archives")).hasSize(1);
    }

    @Test
    void takesAModestItemScoreWhenAWordItMatchedDefinesTheCategory() {
        List<Classification> found =
                new TechnologyClassifier(SeedEntries.categories()).classify("Gyros for attitude reference.");

        assertThat(found)
                .filteredOn(match -> match.code().equals("PNT"))
                .singleElement()
                .satisfies(match -> {
                    // modest: at least one half, below any term found as such (0.7 and up)
                    assertThat(match.score()).isBetween(0.5, 0.6);
                    assertThat(match.sources()).containsExactly("EU 7A001-7A008 navigation and avionics");
                });
    }

    @Test
    void requiresMultiWordKeywordsAsAPhrase() {
        assertThat(classifier.classify("learning about machine tools")).isEmpty();
        assertThat(classifier.classify("an integrated study of circuit breakers"))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "digitisation of medieval manuscripts",
                "river pollution monitoring",
                "ganache recipes",
                "gan and sic as lower-case words",
                "the Sicilian coast",
                "Euvres of Proust",
                "HPCs",
                "readaptation",
                ""
            })
    void classifiesNothingWithoutAKeyword(String text) {
        assertThat(classifier.classify(text)).isEmpty();
    }

    @Test
    void ordersDeterministicallyByScoreThenCode() {
        List<Classification> first = classifier.classify("wafer toxin supercomputer wearable sensors");
        List<Classification> second = classifier.classify("wafer toxin supercomputer wearable sensors");

        assertThat(first).isEqualTo(second);
        assertThat(first)
                .extracting(m -> m.code())
                .containsExactly("FLEXIBLE_ELECTRONICS", "ADV_COMPUTING", "BIOTECH", "SEMICONDUCTORS");
    }
}
