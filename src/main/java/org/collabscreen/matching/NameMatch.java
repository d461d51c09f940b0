package org.collabscreen.matching;

import java.util.List;
import java.util.UUID;

/**
 * An entry a name resolved to: its id, the similarity (0..1), the name or alias that was hit, and the
 * transformations that led from the input to that alias, in words an analyst can check.
 */
public record NameMatch(UUID id, double score, String matchedAlias, List<String> transformations) {

    public NameMatch {
        transformations = List.copyOf(transformations);
    }
}
