package org.collabscreen.framework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Random proposals with dated facts, drawn from names the seeded rulebook lists and names it does not. */
final class RandomFacts {

    private static final String[] INSTITUTIONS = {
        "Harbin Institute of Technology",
        "Chinese Academy of Sciences",
        "University of Toronto",
        "TU Delft",
        "University of Cambridge",
        "National University of Defense Technology",
        "Universidad de Sevilla",
        "Chinese Academy of Sciences – Institute of Microelectronics",
        "Technische Universität München",
        "MIT"
    };
    private static final String[] COUNTRIES = {"CN", "CA", "NL", "GB", "ES", "DE", "US", "RU", "IR", null};
    private static final String[] TECHNOLOGY = {
        "hypersonic propulsion", "river pollution monitoring", "quantum computing", "flexible electronics",
        "medieval manuscripts", "machine learning for radar", "synthetic biology", "sociology of migration"
    };
    private static final String[] PROGRAMMES = {
        "Thousand Talents Plan", "Changjiang Scholars Program", "Marie Curie Fellowship", "Pearl River Talent Program"
    };
    private static final String[] ROUTES = {"STUDENT", "SKILLED_WORKER", "GLOBAL_TALENT", null};

    private final Random random;

    RandomFacts(Random random) {
        this.random = random;
    }

    static Stream<FrameworkFacts> stream(Random random, int count) {
        RandomFacts facts = new RandomFacts(random);
        return IntStream.range(0, count).mapToObj(i -> facts.facts());
    }

    FrameworkFacts facts() {
        List<FrameworkFacts.Researcher> researchers = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            researchers.add(researcher());
        }
        return new FrameworkFacts(
                List.of(FrameworkCode.values()),
                date(2021, 2028),
                pick(INSTITUTIONS),
                pick(COUNTRIES),
                pick(TECHNOLOGY),
                null,
                random.nextBoolean() ? null : pick(TECHNOLOGY),
                researchers,
                random.nextBoolean()
                        ? List.of()
                        : List.of(new FrameworkFacts.Funder("A science fund", pick(COUNTRIES))),
                pick(COUNTRIES),
                flag(),
                pick(COUNTRIES),
                random.nextInt(4) == 0 ? (random.nextBoolean() ? "NONE" : "propulsion-technologies") : null);
    }

    private FrameworkFacts.Researcher researcher() {
        ResearcherRole[] roles = ResearcherRole.values();
        return new FrameworkFacts.Researcher(
                "Dr. Random",
                random.nextInt(roles.length + 1) == 0 ? null : roles[random.nextInt(roles.length)],
                ties(INSTITUTIONS),
                ties(PROGRAMMES),
                ties(INSTITUTIONS),
                pick(COUNTRIES),
                random.nextBoolean() ? null : "CAH07-01-01",
                pick(ROUTES));
    }

    private List<Tie> ties(String[] names) {
        List<Tie> ties = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            LocalDate from = random.nextBoolean() ? null : date(2005, 2026);
            LocalDate to = random.nextBoolean() || from == null ? null : from.plusDays(random.nextInt(4000));
            ties.add(new Tie(pick(names), pick(COUNTRIES), from, to, flag(), flag(), flag()));
        }
        return ties;
    }

    private LocalDate date(int fromYear, int toYear) {
        return LocalDate.of(fromYear, 1, 1).plusDays(random.nextInt(365 * (toYear - fromYear)));
    }

    private Boolean flag() {
        int draw = random.nextInt(3);
        return draw == 0 ? null : draw == 1;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
