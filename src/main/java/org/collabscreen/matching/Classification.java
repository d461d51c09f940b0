package org.collabscreen.matching;

import java.util.List;

/** A category a text was classified into: its code, the confidence (0..1) and the terms that matched, as listed. */
public record Classification(String code, double score, List<String> matchedTerms) {

    public Classification {
        matchedTerms = List.copyOf(matchedTerms);
    }
}
