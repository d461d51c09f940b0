package org.collabscreen.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * A reviewer's judgement on one finding of a proposal (its rule and input field), as recorded; never changed.
 *
 * @param ruleRevision the revision that made the version of the rule that was judged
 */
public record RecordedDisposition(
        UUID id,
        String ruleId,
        String field,
        FindingDisposition disposition,
        String reason,
        String recordedBy,
        Instant recordedAt,
        int ruleRevision) {

    /** The finding it judges: rule and field. */
    public String findingKey() {
        return FindingKeys.of(ruleId, field);
    }
}
