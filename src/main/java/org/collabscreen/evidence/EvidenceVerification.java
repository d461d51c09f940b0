package org.collabscreen.evidence;

import io.swagger.v3.oas.annotations.media.Schema;

/** Whether a pack's signature verifies with this installation's key, and why not. */
@Schema(description = "The result of verifying an evidence pack's signature")
record EvidenceVerification(boolean valid, String alg, String keyId, String reason) {}
