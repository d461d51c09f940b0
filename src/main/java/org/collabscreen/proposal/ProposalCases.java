package org.collabscreen.proposal;

import java.util.Optional;
import java.util.UUID;

/**
 * The review case of a proposal. Implemented by the module that keeps cases, which depends on this one, so a proposal
 * can show its case without this module depending on it.
 */
public interface ProposalCases {

    Optional<ProposalCase> caseOf(UUID proposalId);
}
