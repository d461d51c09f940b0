package org.collabscreen.screening;

import io.swagger.v3.oas.annotations.media.Schema;

/** A reviewer's judgement on a finding. */
@Schema(enumAsRef = true, description = "A reviewer's judgement on a finding")
public enum FindingDisposition {
    /** The match is wrong: the finding stops counting toward the score while its rule is unchanged. */
    FALSE_POSITIVE,
    /** The match is right: the finding keeps counting. */
    CONFIRMED
}
