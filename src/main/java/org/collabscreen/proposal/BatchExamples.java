package org.collabscreen.proposal;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** Batch request examples and the JSON batch body's schema, shown in the API explorer. */
final class BatchExamples {

    /**
     * The JSON batch body, for the API description only: the controller reads the body itself, so that one invalid
     * proposal fails alone.
     */
    @Schema(name = "BatchRequest", description = "The proposals to screen, each as in POST /api/v1/proposals")
    record BatchRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<ProposalRequest> proposals) {}

    static final String JSON = """
            {
              "proposals": [
                { "institution": "Harbin Institute of Technology", "country": "CN",
                  "technologyArea": "Semiconductor lithography", "reference": "GP-1" },
                { "institution": "MIT", "country": "XX", "technologyArea": "Robotics", "reference": "GP-2" }
              ]
            }""";

    static final String CSV = """
            reference,institution,country,technologyArea,researcherName,researcherAffiliations,researcherTalentProgrammes,fundingSources,fundingSourceCountries
            GP-3,Universidad de Sevilla,ES,Semiconductor lithography,Ana García,Universidad de Sevilla|CSIC,Recruitment Program of Global Talents,EU Horizon|Junta de Andalucía,BE|ES
            GP-4,University of Cambridge,GB,River pollution monitoring,,,,,
            """;

    private BatchExamples() {}
}
