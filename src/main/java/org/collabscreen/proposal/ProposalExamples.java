package org.collabscreen.proposal;

/** Request examples shown in the API explorer. */
final class ProposalExamples {

    static final String VERDICTS = """
            {
              "institution": "University of Toronto",
              "country": "CA",
              "technologyArea": "Hypersonic propulsion: scramjet combustor modelling",
              "reference": "GP-2026-0117",
              "frameworks": ["CA_STRAC", "US_DOD_FUNDAMENTAL_RESEARCH", "US_CHIPS_MFTRP", "UK_ATAS"],
              "decisionDate": "2026-12-01",
              "hostCountry": "GB",
              "researchers": [
                {
                  "name": "Dr. Chen Ming",
                  "role": "PI",
                  "nationality": "CN",
                  "visaRoute": "SKILLED_WORKER",
                  "affiliations": [
                    "University of Toronto",
                    { "name": "Harbin Institute of Technology", "country": "CN", "from": "2018-09-01", "to": "2022-06-30" }
                  ],
                  "talentProgrammes": [
                    { "name": "Thousand Talents Plan", "country": "CN", "from": "2019-01-01", "to": "2021-12-31", "compensated": true, "disclosed": true }
                  ],
                  "support": []
                },
                { "name": "Sam Lee", "role": "STUDENT", "nationality": "CA", "affiliations": ["University of Toronto"] }
              ]
            }""";

    static final String CAS = """
            {
              "institution": "Chinese Academy of Sciences",
              "country": "CN",
              "technologyArea": "Flexible electronics for wearable sensors",
              "title": "Printable organic thin-film transistors for health-monitoring patches",
              "description": "Joint work on stretchable substrates and printed transistor arrays.",
              "reference": "GP-2024-0042",
              "researchers": [
                { "name": "Dr. Li Wei", "affiliations": ["Institute of Chemistry, Chinese Academy of Sciences"], "talentProgrammes": [] }
              ],
              "fundingSources": [ { "name": "National Natural Science Foundation of China", "country": "CN" } ]
            }""";

    static final String SEVILLA = """
            {
              "institution": "Universidad de Sevilla",
              "country": "ES",
              "technologyArea": "Semiconductor lithography",
              "researchers": [
                { "name": "Dr. Ana García", "affiliations": ["Universidad de Sevilla"], "talentProgrammes": ["Recruitment Program of Global Talents"] }
              ]
            }""";

    static final String CAMBRIDGE = """
            {
              "institution": "University of Cambridge",
              "country": "GB",
              "technologyArea": "River pollution monitoring"
            }""";

    private ProposalExamples() {}
}
