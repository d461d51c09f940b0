package org.collabscreen.audit;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The result of recomputing the audit hash chain.
 *
 * @param intact              whether every sealed event checked verifies
 * @param events              sealed events in the chain (the head's sequence)
 * @param headHash            hash of the newest sealed event when intact; keep it outside the database to detect
 *                            truncation later, or export a signed checkpoint
 * @param firstBrokenSequence the first event whose hash, key or link does not verify, else null
 * @param problem             HASH_MISMATCH (content or hash altered, or hashed without the key), BROKEN_LINK,
 *                            MISSING_EVENT, UNKNOWN_KEY, LEGACY_AFTER_KEYED or CHECKPOINT_MISMATCH, else null
 * @param unsealedEvents      events committed but not yet sealed into the chain (sealing runs a few times a second)
 * @param oldestUnsealedAt    when the oldest unsealed event happened, else null; old means the sealer is not running
 * @param mode                INCREMENTAL (from the newest valid stored checkpoint) or FULL (from the first event)
 * @param verifiedFromSequence the first sequence recomputed
 * @param verifiedEvents      how many events were recomputed
 */
@Schema(description = "Whether the sealed audit chain verifies, and how much of it is not sealed yet", example = """
                {"intact":true,"events":42,"headHash":"9f2c4e…","unsealedEvents":0,"mode":"INCREMENTAL",
                 "verifiedFromSequence":40,"verifiedEvents":3}""")
record ChainVerification(
        boolean intact,
        long events,
        String headHash,
        Long firstBrokenSequence,
        String problem,
        long unsealedEvents,
        Instant oldestUnsealedAt,
        String mode,
        long verifiedFromSequence,
        long verifiedEvents) {}
