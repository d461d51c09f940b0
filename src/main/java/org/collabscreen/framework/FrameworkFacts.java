package org.collabscreen.framework;

import java.time.LocalDate;
import java.util.List;

/**
 * What the frameworks judge: the proposal's partner, research and people, the frameworks asked for and the date of
 * the decision. Fields a framework needs but the proposal lacks stay null and become missing inputs.
 *
 * @param frameworks            the frameworks to answer for, in order
 * @param decisionDate          chooses each framework's edition and the list editions in force
 * @param hostCountry           where the research is done on the applicant's side (UK ATAS, Dutch bill)
 * @param horizonFlaggedTopic   whether the Horizon Europe topic invokes Art. 22(5)
 * @param partnerControlledFrom country of the entity that directly or indirectly controls the partner (Art. 22(5))
 * @param straSubcategory       the applicant's own STRAC determination: a sensitive-area id, or NONE
 */
public record FrameworkFacts(
        List<FrameworkCode> frameworks,
        LocalDate decisionDate,
        String institution,
        String country,
        String technologyArea,
        String title,
        String description,
        List<Researcher> researchers,
        List<Funder> fundingSources,
        String hostCountry,
        Boolean horizonFlaggedTopic,
        String partnerControlledFrom,
        String straSubcategory) {

    public FrameworkFacts {
        frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
        researchers = researchers == null ? List.of() : List.copyOf(researchers);
        fundingSources = fundingSources == null ? List.of() : List.copyOf(fundingSources);
    }

    /** A researcher with dated ties and, for UK ATAS, nationality, subject code and visa route. */
    public record Researcher(
            String name,
            ResearcherRole role,
            List<Tie> affiliations,
            List<Tie> talentProgrammes,
            List<Tie> support,
            String nationality,
            String subjectCode,
            String visaRoute) {

        public Researcher {
            affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
            talentProgrammes = talentProgrammes == null ? List.of() : List.copyOf(talentProgrammes);
            support = support == null ? List.of() : List.copyOf(support);
        }
    }

    /** A funder of the collaboration; country may be null. */
    public record Funder(String name, String country) {}
}
