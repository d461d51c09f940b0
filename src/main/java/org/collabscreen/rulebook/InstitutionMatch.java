package org.collabscreen.rulebook;

import java.util.List;

/**
 * An institution a name resolved to, with the similarity (0..1), the name or alias that was hit, and the
 * transformations that led from the input to that alias.
 */
public record InstitutionMatch(
        InstitutionRule institution, double score, String matchedAlias, List<String> transformations) {

    public InstitutionMatch {
        transformations = List.copyOf(transformations);
    }

    public InstitutionMatch(InstitutionRule institution, double score, String matchedAlias) {
        this(institution, score, matchedAlias, List.of());
    }
}
