package org.collabscreen.rulebook;

/** A talent programme a name or text resolved to, with the similarity (0..1) and the alias that was hit. */
public record ProgrammeMatch(TalentProgrammeRule programme, double score, String matchedAlias) {
}
