package org.collabscreen.rulebook;

/** An institution a name resolved to, with the similarity (0..1) and the name or alias that was hit. */
public record InstitutionMatch(InstitutionRule institution, double score, String matchedAlias) {
}
