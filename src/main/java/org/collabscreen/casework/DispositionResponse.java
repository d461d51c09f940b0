package org.collabscreen.casework;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.collabscreen.screening.FindingDisposition;
import org.collabscreen.screening.RecordedDisposition;

/**
 * A recorded disposition: who judged which finding, when and why.
 *
 * @param screeningId    the screening it was recorded on
 * @param ruleRevision   the revision that made the version of the rule that was judged
 * @param newScreeningId the re-screen that applied it, answered when it is recorded
 */
@Schema(description = "A recorded judgement on a finding")
public record DispositionResponse(
        UUID id,
        UUID proposalId,
        UUID screeningId,
        String ruleId,
        String field,
        FindingDisposition disposition,
        String reason,
        int ruleRevision,
        String recordedBy,
        Instant recordedAt,
        UUID newScreeningId) {

    RecordedDisposition recorded() {
        return new RecordedDisposition(id, ruleId, field, disposition, reason, recordedBy, recordedAt, ruleRevision);
    }

    DispositionResponse appliedBy(UUID screening) {
        return new DispositionResponse(
                id,
                proposalId,
                screeningId,
                ruleId,
                field,
                disposition,
                reason,
                ruleRevision,
                recordedBy,
                recordedAt,
                screening);
    }
}
