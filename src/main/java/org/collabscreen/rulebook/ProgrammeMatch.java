package org.collabscreen.rulebook;

import java.util.List;

/**
 * A talent programme a name or text resolved to, with the similarity (0..1), the alias that was hit, and the
 * transformations that led from the input to that alias.
 */
public record ProgrammeMatch(
        TalentProgrammeRule programme, double score, String matchedAlias, List<String> transformations) {

    public ProgrammeMatch {
        transformations = List.copyOf(transformations);
    }

    public ProgrammeMatch(TalentProgrammeRule programme, double score, String matchedAlias) {
        this(programme, score, matchedAlias, List.of());
    }
}
