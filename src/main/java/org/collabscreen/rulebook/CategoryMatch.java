package org.collabscreen.rulebook;

import java.util.List;

/**
 * A technology category a text was classified into, with confidence (0..1), the terms that matched and the source
 * items (control-list items, technology lists, or the rulebook's keywords) those terms come from.
 */
public record CategoryMatch(
        TechnologyCategoryRule category, double score, List<String> matchedTerms, List<String> sourceItems) {

    public CategoryMatch {
        matchedTerms = List.copyOf(matchedTerms);
        sourceItems = List.copyOf(sourceItems);
    }
}
