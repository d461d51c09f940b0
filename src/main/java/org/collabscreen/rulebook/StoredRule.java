package org.collabscreen.rulebook;

/**
 * One version of a rule as stored: the revision that made it current, whether it retired the rule, and the rule.
 *
 * @param revision the revision this version was written in; also the rule's ETag
 */
record StoredRule<T>(RuleKind kind, String key, int revision, boolean retired, T rule) {

    String etag() {
        return "\"" + revision + "\"";
    }
}
