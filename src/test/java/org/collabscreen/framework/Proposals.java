package org.collabscreen.framework;

import java.time.LocalDate;
import java.util.List;

import org.collabscreen.seed.SeedRulebook;

/** Builds framework facts for the unit tests, and judges them against the seeded rulebook with its frameworks. */
final class Proposals {

    static final LocalDate DECIDED = LocalDate.of(2026, 12, 1);

    private Proposals() {}

    static FrameworkFacts proposal(
            FrameworkCode framework,
            String institution,
            String country,
            String technology,
            FrameworkFacts.Researcher... researchers) {
        return new FrameworkFacts(
                List.of(framework),
                DECIDED,
                institution,
                country,
                technology,
                null,
                null,
                List.of(researchers),
                List.of(),
                null,
                null,
                null,
                null);
    }

    static FrameworkFacts on(FrameworkFacts facts, LocalDate date) {
        return new FrameworkFacts(
                facts.frameworks(),
                date,
                facts.institution(),
                facts.country(),
                facts.technologyArea(),
                facts.title(),
                facts.description(),
                facts.researchers(),
                facts.fundingSources(),
                facts.hostCountry(),
                facts.horizonFlaggedTopic(),
                facts.partnerControlledFrom(),
                facts.straSubcategory());
    }

    static FrameworkFacts with(
            FrameworkFacts facts,
            String hostCountry,
            Boolean horizonFlaggedTopic,
            String partnerControlledFrom,
            String stra) {
        return new FrameworkFacts(
                facts.frameworks(),
                facts.decisionDate(),
                facts.institution(),
                facts.country(),
                facts.technologyArea(),
                facts.title(),
                facts.description(),
                facts.researchers(),
                facts.fundingSources(),
                hostCountry,
                horizonFlaggedTopic,
                partnerControlledFrom,
                stra);
    }

    static FrameworkFacts.Researcher researcher(
            ResearcherRole role, List<Tie> affiliations, List<Tie> programmes, List<Tie> support) {
        return new FrameworkFacts.Researcher("Dr. Test", role, affiliations, programmes, support, null, null, null);
    }

    static FrameworkFacts.Researcher visiting(String nationality, String visaRoute) {
        return new FrameworkFacts.Researcher(
                "Dr. Visitor",
                ResearcherRole.PI,
                List.of(Tie.named("University of Leeds")),
                List.of(),
                List.of(),
                nationality,
                null,
                visaRoute);
    }

    static Tie tie(String name, String country, String from, String to) {
        return new Tie(
                name,
                country,
                from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to),
                null,
                null,
                null);
    }

    static Tie programme(String name, String from, String to, Boolean compensated) {
        return new Tie(
                name,
                null,
                from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to),
                null,
                compensated,
                null);
    }

    static Tie support(String name, String country, Boolean disclosed) {
        return new Tie(name, country, null, null, disclosed, null, null);
    }

    static Verdict judge(FrameworkFacts facts) {
        return new FrameworkVerdicts()
                .evaluate(facts, SeedRulebook.withFrameworks())
                .get(0);
    }
}
