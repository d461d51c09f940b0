package org.collabscreen.proposal;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.collabscreen.web.CountryCode;

/** A proposed collaboration to screen. */
record ProposalRequest(
        @Schema(
                description = "Partner institution, as the researcher wrote it",
                example = "Chinese Academy of Sciences")
        @NotBlank
        @Size(max = 300)
        String institution,

        @Schema(description = "Partner's country, ISO 3166-1 alpha-2", example = "CN") @NotBlank @CountryCode
        String country,

        @Schema(description = "Technology area, free text", example = "Flexible electronics for wearable sensors")
        @NotBlank
        @Size(max = 500)
        String technologyArea,

        @Schema(description = "Project title", example = "Printable organic thin-film transistors for health patches")
        @Size(max = 500)
        String title,

        @Schema(description = "Abstract or description of the research") @Size(max = 10_000)
        String description,

        @Schema(description = "The caller's own identifier of the proposal", example = "GP-2024-0042") @Size(max = 100)
        String reference,

        @Valid @Size(max = 100) List<@NotNull @Valid ResearcherRequest> researchers,
        @Valid @Size(max = 50) List<@NotNull @Valid FundingSourceRequest> fundingSources) {

    ProposalRequest {
        institution = institution == null ? null : institution.strip();
        technologyArea = technologyArea == null ? null : technologyArea.strip();
        researchers = researchers == null ? List.of() : researchers;
        fundingSources = fundingSources == null ? List.of() : fundingSources;
    }

    /** A researcher on the project, with declared affiliations and talent programmes. */
    record ResearcherRequest(
            @Schema(example = "Dr. Li Wei") @NotBlank @Size(max = 200)
            String name,

            @Schema(example = "[\"Institute of Chemistry, Chinese Academy of Sciences\"]") @Size(max = 20)
            List<@NotBlank @Size(max = 300) String> affiliations,

            @Schema(example = "[]") @Size(max = 20) List<@NotBlank @Size(max = 200) String> talentProgrammes) {

        ResearcherRequest {
            affiliations = affiliations == null ? List.of() : affiliations;
            talentProgrammes = talentProgrammes == null ? List.of() : talentProgrammes;
        }
    }

    /** A funder of the collaboration. */
    record FundingSourceRequest(
            @Schema(example = "National Natural Science Foundation of China") @NotBlank @Size(max = 300)
            String name,

            @Schema(description = "ISO 3166-1 alpha-2", example = "CN") @CountryCode
            String country) {}
}
