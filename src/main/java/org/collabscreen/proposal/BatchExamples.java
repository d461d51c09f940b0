package org.collabscreen.proposal;

/** Batch request examples shown in the API explorer. */
final class BatchExamples {

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

    private BatchExamples() {
    }
}
