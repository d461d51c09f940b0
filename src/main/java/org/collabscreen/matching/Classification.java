package org.collabscreen.matching;

import java.util.List;

/**
 * A category a text was classified into: its code, the confidence (0..1), the terms that matched, as listed, and the
 * source items those terms come from (a control-list item, a technology list, or the rulebook's own keywords).
 */
public record Classification(String code, double score, List<String> matchedTerms, List<String> sources) {

    public Classification {
        matchedTerms = List.copyOf(matchedTerms);
        sources = List.copyOf(sources);
    }

    public Classification(String code, double score, List<String> matchedTerms) {
        this(code, score, matchedTerms, List.of());
    }
}
