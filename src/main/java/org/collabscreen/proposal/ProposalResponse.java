package org.collabscreen.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.collabscreen.framework.FrameworkCode;
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
        List<FrameworkCode> frameworks,
        LocalDate decisionDate,
        String hostCountry,
        Boolean horizonFlaggedTopic,
        String partnerControlledFrom,
        String straSubcategory,
        ScreeningResponse screening) {}
