package org.collabscreen.proposal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.collabscreen.proposal.ProposalRequest.FundingSourceRequest;
import org.collabscreen.proposal.ProposalRequest.ResearcherRequest;

/** A stored proposal with its latest screening; {@code client} is the organisation whose API key submitted it. */
record ProposalResponse(
        UUID id,
        Instant createdAt,
        String client,
        String reference,
        String institution,
        String country,
        String technologyArea,
        String title,
        String description,
        List<ResearcherRequest> researchers,
        List<FundingSourceRequest> fundingSources,
        ScreeningResponse screening) {}
