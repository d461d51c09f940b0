package org.collabscreen.web;

/** Whether a page's {@code totalItems} was counted exactly or estimated from the planner's statistics. */
public enum TotalKind {
    EXACT,
    ESTIMATE
}
