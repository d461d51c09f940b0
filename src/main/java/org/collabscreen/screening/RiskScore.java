package org.collabscreen.screening;

/** A score 0..100 and the level its thresholds give. */
public record RiskScore(int score, RiskLevel level) {
}
