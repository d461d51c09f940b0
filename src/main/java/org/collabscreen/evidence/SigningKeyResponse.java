package org.collabscreen.evidence;

import io.swagger.v3.oas.annotations.media.Schema;

/** The public key that verifies this installation's evidence packs. */
@Schema(description = "The public key that verifies evidence packs: X.509 SubjectPublicKeyInfo in PEM")
record SigningKeyResponse(String alg, String keyId, String publicKeyPem) {}
