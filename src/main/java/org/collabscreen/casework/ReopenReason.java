package org.collabscreen.casework;

/** Why a later screening reopened a decided case. */
public enum ReopenReason {
    /** Its overall risk is above the risk the decision was taken on. */
    RISK_RAISED,
    /** A funder verdict's outcome differs from the decided screening's, or a verdict appeared or disappeared. */
    VERDICT_CHANGED
}
