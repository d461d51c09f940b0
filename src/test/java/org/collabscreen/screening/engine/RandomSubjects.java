package org.collabscreen.screening.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.collabscreen.screening.ScreeningSubject;

/** Random proposals, reproducible from their generator's seed, built from real names and texts, listed and not, for property tests. */
final class RandomSubjects {

    private static final List<String> INSTITUTIONS = List.of(
            "Harbin Institute of Technology",
            "Chinese Academy of Sciences",
            "Institute of Chemistry, Chinese Academy of Sciences",
            "Harbin Engineering University",
            "Sichuan University",
            "University of Cambridge",
            "Universidad de Sevilla",
            "HIT",
            "中国科学院",
            "Moscow Institute of Physics and Technology",
            "School of Materials Science, Harbin Institute of Technology, Harbin 150001",
            "Harbin Inst. of Tech.",
            "Harbin Institute Technology Heilongjiang",
            "Harbin Institue of Technology");
    private static final List<String> TEXTS = List.of(
            "semiconductor lithography",
            "flexible electronics",
            "wearable sensor patches",
            "machine learning for crops",
            "river pollution monitoring",
            "medieval manuscripts",
            "quantum computing",
            "a Thousand Talents Program fellow",
            "printed electronics on wafer",
            "",
            "integrated circuit lithography on a semiconductor wafer",
            "wearable sensor");
    private static final List<String> PROGRAMMES = List.of(
            "Thousand Talents Plan",
            "千人计划",
            "Recruitment Program of Global Talents",
            "Changjiang Scholars Program",
            "Marie Curie fellowship",
            "Thousand Talents",
            "Fulbright",
            "ERC Starting Grant");
    private static final List<String> COUNTRIES = List.of("CN", "ES", "GB", "RU", "IR", "US");

    private final Random random;

    RandomSubjects(Random random) {
        this.random = random;
    }

    static Stream<ScreeningSubject> stream(Random random, int count) {
        RandomSubjects subjects = new RandomSubjects(random);
        return IntStream.range(0, count).mapToObj(i -> subjects.subject());
    }

    ScreeningSubject subject() {
        List<ScreeningSubject.Researcher> researchers = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            researchers.add(new ScreeningSubject.Researcher("R" + i, some(INSTITUTIONS, 2), some(PROGRAMMES, 2)));
        }
        List<ScreeningSubject.FundingSource> funders = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            funders.add(new ScreeningSubject.FundingSource(
                    one(INSTITUTIONS), random.nextBoolean() ? one(COUNTRIES) : null));
        }
        return new ScreeningSubject(
                one(INSTITUTIONS),
                one(COUNTRIES),
                one(TEXTS),
                random.nextBoolean() ? one(TEXTS) : null,
                random.nextBoolean() ? one(TEXTS) : null,
                researchers,
                funders);
    }

    /** One more risk factor: a researcher's affiliation or programme, a funder, or more text. */
    UnaryOperator<ScreeningSubject> addition() {
        return switch (random.nextInt(4)) {
            case 0 -> withResearcher(new ScreeningSubject.Researcher("New", List.of(one(INSTITUTIONS)), List.of()));
            case 1 -> withResearcher(new ScreeningSubject.Researcher("New", List.of(), List.of(one(PROGRAMMES))));
            case 2 -> withFunder(new ScreeningSubject.FundingSource(one(INSTITUTIONS), one(COUNTRIES)));
            default -> withDescription(one(TEXTS));
        };
    }

    private static UnaryOperator<ScreeningSubject> withResearcher(ScreeningSubject.Researcher researcher) {
        return subject -> {
            List<ScreeningSubject.Researcher> researchers = new ArrayList<>(subject.researchers());
            researchers.add(researcher);
            return new ScreeningSubject(
                    subject.institution(),
                    subject.country(),
                    subject.technologyArea(),
                    subject.title(),
                    subject.description(),
                    researchers,
                    subject.fundingSources());
        };
    }

    private static UnaryOperator<ScreeningSubject> withFunder(ScreeningSubject.FundingSource funder) {
        return subject -> {
            List<ScreeningSubject.FundingSource> funders = new ArrayList<>(subject.fundingSources());
            funders.add(funder);
            return new ScreeningSubject(
                    subject.institution(),
                    subject.country(),
                    subject.technologyArea(),
                    subject.title(),
                    subject.description(),
                    subject.researchers(),
                    funders);
        };
    }

    private static UnaryOperator<ScreeningSubject> withDescription(String text) {
        return subject -> new ScreeningSubject(
                subject.institution(),
                subject.country(),
                subject.technologyArea(),
                subject.title(),
                subject.description() == null ? text : subject.description() + ". " + text,
                subject.researchers(),
                subject.fundingSources());
    }

    private String one(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private List<String> some(List<String> values, int max) {
        List<String> picked = new ArrayList<>();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            picked.add(one(values));
        }
        return picked;
    }
}
