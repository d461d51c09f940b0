package org.collabscreen.rulebook;

import java.util.List;

/** A technology category a text was classified into, with confidence (0..1) and the terms that matched. */
public record CategoryMatch(TechnologyCategoryRule category, double score, List<String> matchedTerms) {

    public CategoryMatch {
        matchedTerms = List.copyOf(matchedTerms);
    }
}
