package org.collabscreen.rulebook;

import java.time.Instant;

import org.collabscreen.web.PageResponse;
import tools.jackson.databind.JsonNode;

/** Response bodies of the revision history. */
final class RevisionResponses {

    private RevisionResponses() {}

    /** @param changes how many rules the revision created, changed or retired */
    record RevisionEntry(int revision, Instant changedAt, String actor, String summary, long changes) {}

    /** A revision with a page of what it changed. */
    record RevisionDetail(
            int revision, Instant changedAt, String actor, String summary, PageResponse<RuleChange> changes) {}

    /**
     * One rule changed by a revision.
     *
     * @param change ADDED, CHANGED, RETIRED or RESTORED
     * @param before the rule before the revision, null when added
     * @param after  the rule from the revision on, null when retired
     */
    record RuleChange(String kind, String key, String change, JsonNode before, JsonNode after) {}
}
