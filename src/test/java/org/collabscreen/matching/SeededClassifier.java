package org.collabscreen.matching;

import java.util.List;

import org.collabscreen.seed.SeedEntries;

/**
 * The technology classifier over the seeded categories, built once for every matcher test that classifies text, and
 * what it reports: the classifications at or above the confidence the seeded policy reports.
 */
final class SeededClassifier {

    /** The lowest score a screening reports under the seeded policy (MIN_TECHNOLOGY_CONFIDENCE 50). */
    static final double REPORTED = 0.5;

    static final TechnologyClassifier CLASSIFIER = new TechnologyClassifier(SeedEntries.categories());

    private SeededClassifier() {}

    /** The classifications of the text at or above {@link #REPORTED}. */
    static List<Classification> reported(String text) {
        return CLASSIFIER.classify(text).stream()
                .filter(found -> found.score() >= REPORTED)
                .toList();
    }

    /** The category codes of {@link #reported}. */
    static List<String> reportedCodes(String text) {
        return reported(text).stream().map(Classification::code).toList();
    }
}
