package org.collabscreen.security;

import io.swagger.v3.oas.annotations.media.Schema;

/** What an API key may do; a key holds one or more roles. */
@Schema(enumAsRef = true, description = "What an API key may do; see the ApiKey security scheme")
public enum Role {
    /** Submits proposals and reads its own client's proposals; reads the rulebook and uses the matchers. */
    SCREENER,
    /** Reads every proposal, the rulebook and the audit trail. */
    AUDITOR,
    /** Changes the rulebook and reads it. */
    RULEBOOK_EDITOR,
    /** Everything, including API keys. */
    ADMIN,
    /** Reads its own client's proposals and cases; records dispositions and decisions, approves others' decisions. */
    REVIEWER
}
