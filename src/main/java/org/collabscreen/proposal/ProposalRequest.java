package org.collabscreen.proposal;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.collabscreen.framework.FrameworkCode;
import org.collabscreen.framework.ResearcherRole;
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
        @Valid @Size(max = 50) List<@NotNull @Valid FundingSourceRequest> fundingSources,

        @Schema(
                description = "Funder frameworks to give verdicts for; absent: the installation's default (all)."
                        + " An empty list asks for none.")
        @Size(max = 20)
        List<@NotNull FrameworkCode> frameworks,

        @Schema(
                description = "Date of the funding decision: chooses each framework's edition and the list editions"
                        + " in force; default today",
                example = "2026-12-01")
        LocalDate decisionDate,

        @Schema(
                description = "Country where the applicant's side does the research, ISO 3166-1 alpha-2. Used only"
                        + " by UK_ATAS and NL_KNOWLEDGE_SECURITY",
                example = "GB")
        @CountryCode
        String hostCountry,

        @Schema(
                description = "Whether the Horizon Europe topic's conditions invoke Article 22(5). Used only by"
                        + " EU_HORIZON_ART_22_5",
                example = "true")
        Boolean horizonFlaggedTopic,

        @Schema(
                description = "Country of the entity that directly or indirectly controls the partner, ISO 3166-1"
                        + " alpha-2. Used only by EU_HORIZON_ART_22_5",
                example = "DE")
        @CountryCode
        String partnerControlledFrom,

        @Schema(
                description = "The applicant's own STRAC determination: the id of the sensitive technology research"
                        + " area the research aims to advance (see GET /api/v1/frameworks, CA_STRAC straAreas), or NONE."
                        + " Used only by CA_STRAC",
                example = "propulsion-technologies")
        @Pattern(regexp = "NONE|[a-z0-9][a-z0-9-]{0,79}")
        String straSubcategory) {

    ProposalRequest {
        institution = institution == null ? null : institution.strip();
        technologyArea = technologyArea == null ? null : technologyArea.strip();
        researchers = researchers == null ? List.of() : researchers;
        fundingSources = fundingSources == null ? List.of() : fundingSources;
    }

    /** A researcher on the project, with declared affiliations, talent programmes and support. */
    record ResearcherRequest(
            @Schema(example = "Dr. Li Wei") @NotBlank @Size(max = 200)
            String name,

            @Schema(
                    description = "Every organisation the researcher is employed or appointed at, or does research at:"
                            + " names, or objects with dates",
                    example = "[\"Institute of Chemistry, Chinese Academy of Sciences\"]")
            @Size(max = 20)
            List<@NotNull @Valid @TieName(max = 300) TieRequest> affiliations,

            @Schema(
                    description = "Talent programmes the researcher takes or took part in: names, or objects with"
                            + " dates and compensation",
                    example = "[]")
            @Size(max = 20)
            List<@NotNull @Valid @TieName(max = 200) TieRequest> talentProgrammes,

            @Schema(
                    description = "Role on the proposal: PI, co-investigators and senior/key personnel are covered"
                            + " individuals (US frameworks) and named roles (CA_STRAC)",
                    example = "PI")
            ResearcherRole role,

            @Schema(
                    description = "The researcher's own funding and in-kind support (CA_STRAC, NIH, DoD): names, or"
                            + " objects",
                    example = "[]")
            @Size(max = 20)
            List<@NotNull @Valid @TieName(max = 300) TieRequest> support,

            @Schema(description = "Nationality, ISO 3166-1 alpha-2. Used only by UK_ATAS", example = "CN") @CountryCode
            String nationality,

            @Schema(description = "CAH3 subject code of the research. Used only by UK_ATAS", example = "CAH10-01-08")
            @Pattern(regexp = "[A-Z0-9][A-Z0-9*-]{0,19}")
            String subjectCode,

            @Schema(
                    description = "UK visa route: STUDENT, SKILLED_WORKER, TEMPORARY_WORK_GAE, VISITOR or another"
                            + " route's name. Used only by UK_ATAS",
                    example = "SKILLED_WORKER")
            @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}")
            String visaRoute) {

        ResearcherRequest {
            affiliations = affiliations == null ? List.of() : affiliations;
            talentProgrammes = talentProgrammes == null ? List.of() : talentProgrammes;
            support = support == null ? List.of() : support;
        }
    }

    /** A funder of the collaboration. */
    record FundingSourceRequest(
            @Schema(example = "National Natural Science Foundation of China") @NotBlank @Size(max = 300)
            String name,

            @Schema(description = "ISO 3166-1 alpha-2", example = "CN") @CountryCode
            String country) {}
}
