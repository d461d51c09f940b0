package org.collabscreen.matching.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.collabscreen.rulebook.InstitutionRule;
import org.collabscreen.rulebook.Listing;
import org.collabscreen.rulebook.RuleSource;
import org.collabscreen.rulebook.RulebookSnapshot;

/**
 * A deterministic synthetic rulebook of institutions shaped like real ones: made-up place names combined with the
 * organisation and subject words of real names, so that common words have long posting lists as they would.
 */
public final class SyntheticInstitutions {

    private static final String[] SYLLABLES = {
        "an", "bei", "chang", "da", "fu", "guang", "hai", "he", "hua", "ji", "jiang", "jin", "kun", "lan", "li", "ming",
        "nan", "ning", "qing", "shan", "shen", "tai", "tian", "wu", "xi", "xin", "yang", "yun", "zhe", "zhou", "ko",
        "ta", "mi", "ra", "sa", "vo", "del", "ber", "gra", "ost"
    };
    private static final String[] SUBJECTS = {
        "Technology",
        "Science",
        "Engineering",
        "Physics",
        "Chemistry",
        "Aeronautics",
        "Astronautics",
        "Electronics",
        "Materials",
        "Medicine",
        "Agriculture",
        "Forestry",
        "Mining",
        "Petroleum",
        "Communications",
        "Computing",
        "Automation",
        "Optics",
        "Mechanics",
        "Energy",
        "Economics",
        "Finance",
        "Law",
        "Languages",
        "Arts",
        "Education",
        "Oceanography",
        "Geosciences"
    };
    private static final String[] FORMS = {
        "University of %2$s",
        "%1$s University",
        "%1$s University of %2$s",
        "%1$s Institute of %2$s",
        "%1$s Research Institute of %2$s",
        "Institute of %2$s, %1$s Academy",
        "%1$s %2$s Company Limited",
        "%1$s Normal University",
        "%1$s College of %2$s",
        "%1$s University of %2$s and %3$s",
        "National %2$s Laboratory of %1$s"
    };
    private static final String[] COUNTRIES = {
        "CN", "RU", "IR", "KP", "US", "GB", "DE", "FR", "JP", "KR", "IN", "BR", "ES", "IT", "CA", "AU", "PK", "TR",
        "SG", "NL"
    };
    private static final RuleSource SOURCE = new RuleSource("synthetic", null, null);

    private SyntheticInstitutions() {}

    /**
     * The seeded rulebook grown to {@code size} institutions with {@link #generate generated} ones (seed 42), as the
     * benchmarks and the equivalence dump use it.
     */
    public static RulebookSnapshot grown(RulebookSnapshot seeded, int size) {
        List<InstitutionRule> institutions = new ArrayList<>(seeded.institutions());
        institutions.addAll(generate(size - institutions.size(), 42));
        return new RulebookSnapshot(
                seeded.revision(),
                seeded.changedAt(),
                institutions,
                seeded.technologyCategories(),
                seeded.talentProgrammes(),
                seeded.countries(),
                seeded.policy());
    }

    /** {@code count} institutions, about one in five with an acronym alias. */
    public static List<InstitutionRule> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> places = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            places.add(place(random));
        }
        List<InstitutionRule> rules = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String place = places.get(random.nextInt(places.size()));
            String name = String.format(
                    FORMS[random.nextInt(FORMS.length)],
                    place,
                    SUBJECTS[random.nextInt(SUBJECTS.length)],
                    SUBJECTS[random.nextInt(SUBJECTS.length)]);
            List<String> aliases = random.nextInt(5) == 0 ? List.of(acronym(name)) : List.of();
            Listing listing = new Listing("SYNTHETIC", "synthetic list", true, null, null, name, SOURCE);
            rules.add(new InstitutionRule(
                    new UUID(seed, i),
                    name,
                    COUNTRIES[random.nextInt(COUNTRIES.length)],
                    null,
                    aliases,
                    List.of(listing)));
        }
        return rules;
    }

    private static String place(Random random) {
        StringBuilder place = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            place.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        place.setCharAt(0, Character.toUpperCase(place.charAt(0)));
        return place.toString();
    }

    private static String acronym(String name) {
        StringBuilder acronym = new StringBuilder();
        for (String word : name.split("[ ,]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                acronym.append(word.charAt(0));
            }
        }
        return acronym.toString();
    }

    /** Queries against the synthetic entries: exact names, one-letter typos and affiliation strings. */
    static List<String> queries(List<InstitutionRule> rules, int count, long seed) {
        Random random = new Random(seed);
        List<String> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = rules.get(random.nextInt(rules.size())).name();
            queries.add(
                    switch (i % 3) {
                        case 0 -> name;
                        case 1 -> typo(name, random);
                        default -> "Department of Physics, " + name + ", " + (100000 + random.nextInt(900000));
                    });
        }
        return queries;
    }

    private static String typo(String name, Random random) {
        int at = 1 + random.nextInt(name.length() - 2);
        return name.substring(0, at) + name.substring(at + 1);
    }
}
