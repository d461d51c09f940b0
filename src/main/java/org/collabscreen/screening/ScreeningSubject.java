package org.collabscreen.screening;

import java.util.List;

import org.collabscreen.framework.FrameworkFacts;

/**
 * What a screening looks at: the proposal's partner, technology, researchers and funders; and, for the funder
 * verdicts, the same proposal with its dated facts and the frameworks asked for (null: no verdicts).
 */
public record ScreeningSubject(
        String institution,
        String country,
        String technologyArea,
        String title,
        String description,
        List<Researcher> researchers,
        List<FundingSource> fundingSources,
        FrameworkFacts frameworkFacts) {

    public ScreeningSubject {
        researchers = researchers == null ? List.of() : List.copyOf(researchers);
        fundingSources = fundingSources == null ? List.of() : List.copyOf(fundingSources);
    }

    public ScreeningSubject(
            String institution,
            String country,
            String technologyArea,
            String title,
            String description,
            List<Researcher> researchers,
            List<FundingSource> fundingSources) {
        this(institution, country, technologyArea, title, description, researchers, fundingSources, null);
    }

    /** A researcher with declared affiliations and talent programmes. */
    public record Researcher(String name, List<String> affiliations, List<String> talentProgrammes) {

        public Researcher {
            affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
            talentProgrammes = talentProgrammes == null ? List.of() : List.copyOf(talentProgrammes);
        }
    }

    /** A funder of the collaboration; country may be null. */
    public record FundingSource(String name, String country) {}
}
