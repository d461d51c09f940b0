package org.collabscreen.screening.engine;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.screening.Assessment;
import org.collabscreen.screening.Finding;
import org.collabscreen.screening.RiskType;
import org.collabscreen.screening.ScreeningSubject;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningEngineProperties {

    private static final List<String> INSTITUTIONS = List.of("Harbin Institute of Technology", "Chinese Academy of Sciences",
            "Institute of Chemistry, Chinese Academy of Sciences", "Harbin Engineering University", "Sichuan University",
            "University of Cambridge", "Universidad de Sevilla", "HIT", "中国科学院", "Moscow Institute of Physics and Technology");
    private static final List<String> TEXTS = List.of("semiconductor lithography", "flexible electronics",
            "wearable sensor patches", "machine learning for crops", "river pollution monitoring", "medieval manuscripts",
            "quantum computing", "a Thousand Talents Program fellow", "printed electronics on wafer");
    private static final List<String> PROGRAMMES = List.of("Thousand Talents Plan", "千人计划",
            "Recruitment Program of Global Talents", "Changjiang Scholars Program", "Marie Curie fellowship");
    private static final List<String> COUNTRIES = List.of("CN", "ES", "GB", "RU", "IR", "US");

    private final ScreeningEngine engine = new ScreeningEngine();
    private final RulebookSnapshot rulebook = RulebookFixture.snapshot();

    @Property(tries = 300)
    void scoresAreBoundedAndExplainedByFindings(@ForAll("subjects") ScreeningSubject subject) {
        Assessment assessment = engine.screen(subject, rulebook);

        for (RiskType type : RiskType.values()) {
            int score = type == RiskType.DUAL_USE ? assessment.dualUse().score() : assessment.talentProgramme().score();
            assertThat(score).isBetween(0, 100);
            assertThat(assessment.findings().stream().filter(f -> f.riskType() == type).mapToInt(Finding::points).sum())
                    .isEqualTo(score);
        }
        assertThat(assessment.findings()).allSatisfy(finding -> {
            assertThat(finding.sources()).isNotEmpty();
            assertThat(finding.confidence()).isBetween(0.0, 1.0);
        });
        assertThat(assessment.overallRisk()).isGreaterThanOrEqualTo(assessment.dualUse().level())
                .isGreaterThanOrEqualTo(assessment.talentProgramme().level());
    }

    @Property(tries = 300)
    void screeningIsDeterministic(@ForAll("subjects") ScreeningSubject subject) {
        assertThat(engine.screen(subject, rulebook)).isEqualTo(engine.screen(subject, RulebookFixture.snapshot()));
    }

    @Property(tries = 500)
    void addingARiskFactorNeverLowersAScore(@ForAll("subjects") ScreeningSubject subject,
                                            @ForAll("additions") Addition addition) {
        Assessment before = engine.screen(subject, rulebook);
        Assessment after = engine.screen(addition.applyTo(subject), rulebook);

        assertThat(after.dualUse().score()).isGreaterThanOrEqualTo(before.dualUse().score());
        assertThat(after.talentProgramme().score()).isGreaterThanOrEqualTo(before.talentProgramme().score());
        assertThat(after.overallRisk()).isGreaterThanOrEqualTo(before.overallRisk());
    }

    @Provide
    Arbitrary<ScreeningSubject> subjects() {
        Arbitrary<ScreeningSubject.Researcher> researchers = Combinators.combine(
                Arbitraries.of(INSTITUTIONS).list().ofMaxSize(2), Arbitraries.of(PROGRAMMES).list().ofMaxSize(2))
                .as((affiliations, programmes) -> new ScreeningSubject.Researcher("R", affiliations, programmes));
        Arbitrary<ScreeningSubject.FundingSource> funders = Combinators.combine(Arbitraries.of(INSTITUTIONS),
                Arbitraries.of(COUNTRIES).injectNull(0.3)).as(ScreeningSubject.FundingSource::new);
        return Combinators.combine(Arbitraries.of(INSTITUTIONS), Arbitraries.of(COUNTRIES), Arbitraries.of(TEXTS),
                        Arbitraries.of(TEXTS).injectNull(0.5), researchers.list().ofMaxSize(2), funders.list().ofMaxSize(2))
                .as((institution, country, area, description, people, funding) -> new ScreeningSubject(institution,
                        country, area, null, description, people, funding));
    }

    @Provide
    Arbitrary<Addition> additions() {
        return Arbitraries.oneOf(
                Arbitraries.of(INSTITUTIONS).map(name -> (Addition) subject -> withResearcher(subject,
                        new ScreeningSubject.Researcher("New", List.of(name), List.of()))),
                Arbitraries.of(PROGRAMMES).map(programme -> (Addition) subject -> withResearcher(subject,
                        new ScreeningSubject.Researcher("New", List.of(), List.of(programme)))),
                Combinators.combine(Arbitraries.of(INSTITUTIONS), Arbitraries.of(COUNTRIES))
                        .as((name, country) -> (Addition) subject -> withFunder(subject,
                                new ScreeningSubject.FundingSource(name, country))),
                Arbitraries.of(TEXTS).map(text -> (Addition) subject -> new ScreeningSubject(subject.institution(),
                        subject.country(), subject.technologyArea(), text, subject.description(),
                        subject.researchers(), subject.fundingSources())));
    }

    /** One more risk factor added to a proposal. */
    interface Addition {
        ScreeningSubject applyTo(ScreeningSubject subject);
    }

    private static ScreeningSubject withResearcher(ScreeningSubject subject, ScreeningSubject.Researcher researcher) {
        List<ScreeningSubject.Researcher> researchers = new ArrayList<>(subject.researchers());
        researchers.add(researcher);
        return new ScreeningSubject(subject.institution(), subject.country(), subject.technologyArea(), subject.title(),
                subject.description(), researchers, subject.fundingSources());
    }

    private static ScreeningSubject withFunder(ScreeningSubject subject, ScreeningSubject.FundingSource funder) {
        List<ScreeningSubject.FundingSource> funders = new ArrayList<>(subject.fundingSources());
        funders.add(funder);
        return new ScreeningSubject(subject.institution(), subject.country(), subject.technologyArea(), subject.title(),
                subject.description(), subject.researchers(), funders);
    }
}
