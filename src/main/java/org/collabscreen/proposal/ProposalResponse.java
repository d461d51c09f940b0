package org.collabscreen.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.collabscreen.framework.FrameworkCode;
import org.collabscreen.proposal.ProposalRequest.FundingSourceRequest;
import org.collabscreen.proposal.ProposalRequest.ResearcherRequest;

/**
 * A stored proposal with its latest screening; {@code client} is the organisation whose API key submitted it.
 *
 * @param review its review case, shown by {@code GET /api/v1/proposals/{id}}; null elsewhere
 */
public record ProposalResponse(
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
        ScreeningResponse screening,

        @JsonProperty("case") @Schema(description = "The review case; shown by GET /api/v1/proposals/{id}")
        ProposalCase review) {

    ProposalResponse withCase(ProposalCase newCase) {
        return new ProposalResponse(
                id,
                createdAt,
                client,
                reference,
                institution,
                country,
                technologyArea,
                title,
                description,
                researchers,
                fundingSources,
                frameworks,
                decisionDate,
                hostCountry,
                horizonFlaggedTopic,
                partnerControlledFrom,
                straSubcategory,
                screening,
                newCase);
    }
}
