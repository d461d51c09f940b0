package org.collabscreen.vocabulary;

/** Risk levels, in increasing order of severity. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    public RiskLevel atLeast(RiskLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
