package org.collabscreen.audit;

import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Exports a signed checkpoint of the head, after verifying the chain up to it. */
class AuditCheckpointExport {

    private final ChainVerifier verifier;
    private final AuditCheckpoints checkpoints;
    private final Clock clock = Clock.systemUTC();

    AuditCheckpointExport(ChainVerifier verifier, AuditCheckpoints checkpoints) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
    }

    AuditCheckpointResponse export() {
        ChainVerification verification = verifier.verify(false);
        if (!verification.intact()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONFLICT,
                    "The audit chain does not verify at sequence " + verification.firstBrokenSequence() + " ("
                            + verification.problem() + "); no checkpoint is signed");
            problem.setType(URI.create("/problems/audit-chain-broken"));
            problem.setTitle("Audit chain broken");
            throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
        }
        StoredCheckpoint signed = checkpoints.sign(verification.events(), verification.headHash());
        return new AuditCheckpointResponse(
                signed.sequence(),
                signed.hash(),
                signed.keyId(),
                ChainHashes.checkpointStatement(signed.sequence(), signed.hash(), signed.keyId()),
                signed.signature(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS),
                verification.unsealedEvents());
    }
}
