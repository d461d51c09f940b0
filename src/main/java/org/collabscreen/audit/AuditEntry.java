package org.collabscreen.audit;

/**
 * What happened, to be written to the audit trail.
 *
 * @param action      past-tense name, e.g. {@code SCREENING_COMPLETED}, {@code RULE_UPDATED}
 * @param subjectType what kind of thing it happened to, e.g. {@code PROPOSAL}, {@code INSTITUTION}
 * @param before      the subject before, serialised as JSON, or null
 * @param after       the subject after, serialised as JSON, or null
 */
record AuditEntry(String action, String subjectType, String subjectId, Object before, Object after) {}
