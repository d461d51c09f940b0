package org.collabscreen.proposal;

/** Request examples shown in the API explorer. */
final class ProposalExamples {

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
