package org.collabscreen.vocabulary;

/** The two risks CollabScreen scores. */
public enum RiskType {
    DUAL_USE,
    TALENT_PROGRAMME
}
