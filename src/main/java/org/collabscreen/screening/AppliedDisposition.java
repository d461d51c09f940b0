package org.collabscreen.screening;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a screening made of the latest disposition recorded on one finding.
 *
 * @param state           DISMISSED: a false positive, not counted; RULE_CHANGED: a false positive whose rule has
 *                        changed since, so the finding counts again and is flagged for a new look; CONFIRMED: counted;
 *                        NOT_FOUND: the finding no longer occurs
 * @param ruleRevisionNow the revision that made the rule's version this screening used
 */
public record AppliedDisposition(RecordedDisposition disposition, State state, int ruleRevisionNow) {

    /** How a disposition applied to one screening. */
    @Schema(name = "DispositionState", enumAsRef = true)
    public enum State {
        DISMISSED,
        RULE_CHANGED,
        CONFIRMED,
        NOT_FOUND
    }
}
