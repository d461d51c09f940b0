package org.collabscreen.proposal;

import java.time.Instant;
import java.util.UUID;

import org.collabscreen.screening.Screening;

/** A proposal already screened, not yet stored: what {@link ProposalService#store} writes. */
record ScreenedProposal(
        UUID id,
        Instant createdAt,
        String client,
        ProposalRequest request,
        FrameworkRequest frameworkRequest,
        Screening screening) {}
