package org.collabscreen.screening;

import org.collabscreen.vocabulary.RiskLevel;

/** A score 0..100 and the level its thresholds give. */
public record RiskScore(int score, RiskLevel level) {}
