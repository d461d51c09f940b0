package org.collabscreen.screening;

import java.util.List;
import java.util.UUID;

/**
 * The judgements recorded on a proposal's findings, oldest first. Implemented by the module that records them, so
 * that screening needs no module that depends on it; a re-screen applies them.
 */
public interface ProposalDispositions {

    List<RecordedDisposition> recordedFor(UUID proposalId);
}
