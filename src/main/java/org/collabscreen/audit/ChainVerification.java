package org.collabscreen.audit;

/**
 * The result of recomputing the audit hash chain.
 *
 * @param headHash       hash of the newest event when intact; keep it outside the database to detect truncation later
 * @param firstBrokenSequence the first event whose hash or link does not verify, else null
 * @param problem        HASH_MISMATCH (row content altered), BROKEN_LINK or MISSING_EVENT, else null
 */
record ChainVerification(boolean intact, long events, String headHash, Long firstBrokenSequence, String problem) {

    static ChainVerification intact(long events, String headHash) {
        return new ChainVerification(true, events, headHash, null, null);
    }

    static ChainVerification broken(long events, long sequence, String problem) {
        return new ChainVerification(false, events, null, sequence, problem);
    }
}
