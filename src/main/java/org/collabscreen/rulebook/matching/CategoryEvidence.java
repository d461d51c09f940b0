package org.collabscreen.rulebook.matching;

import java.util.ArrayList;
import java.util.List;

import org.collabscreen.rulebook.TechnologyCategoryRule;

/** The keywords of one category found in a text, and the confidence they give. */
final class CategoryEvidence {

    private static final double PHRASE = 0.95;
    private static final double WORD = 0.75;
    private static final double SHORT_TOKEN = 0.7;
    private static final double PER_EXTRA_TERM = 0.05;

    private final TechnologyCategoryRule category;
    private final List<String> terms = new ArrayList<>();
    private double best;

    CategoryEvidence(TechnologyCategoryRule category) {
        this.category = category;
    }

    void add(KeywordPattern pattern) {
        if (terms.contains(pattern.term())) {
            return;
        }
        terms.add(pattern.term());
        double base = pattern.isPhrase() ? PHRASE : pattern.isShort() ? SHORT_TOKEN : WORD;
        best = Math.max(best, base);
    }

    TechnologyCategoryRule category() {
        return category;
    }

    List<String> terms() {
        return terms;
    }

    /** The best single term's confidence, raised a little by each further distinct term, at most 1. */
    double confidence() {
        double raw = Math.min(1.0, best + PER_EXTRA_TERM * (terms.size() - 1));
        return Math.round(raw * 100) / 100.0;
    }
}
