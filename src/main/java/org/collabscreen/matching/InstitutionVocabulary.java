package org.collabscreen.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Organisation words: abbreviations folded to one spelling, weighted low as they tell institutions apart poorly. */
final class InstitutionVocabulary implements Vocabulary {

    static final InstitutionVocabulary INSTANCE = new InstitutionVocabulary();

    private static final double FUNCTION_WORD = 0.1;
    private static final double ORGANISATION_WORD = 0.5;
    /** Heavier than organisation words: "University of Technology" and "of Science and Technology" differ. */
    private static final double SUBJECT_WORD = 0.8;

    private static final double NUMBER = 0.2;

    private static final Map<String, String> CANONICAL = canonicalSpellings();

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "of",
            "the",
            "and",
            "for",
            "at",
            "in",
            "on",
            "de",
            "del",
            "della",
            "di",
            "da",
            "do",
            "du",
            "des",
            "la",
            "le",
            "el",
            "der",
            "und",
            "fur",
            "y",
            "et",
            "die",
            "imeni",
            "im",
            "formerly",
            "former");

    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "university",
            "institute",
            "academy",
            "college",
            "school",
            "laboratory",
            "center",
            "department",
            "faculty",
            "national",
            "company",
            "corporation",
            "limited",
            "group",
            "大学",
            "学院",
            "研究所",
            "研究院",
            "科学院");

    private static final Set<String> SUBJECT_WORDS =
            Set.of("science", "technology", "engineering", "research", "sciencetechnology");

    private InstitutionVocabulary() {}

    /** Misspelt organisation words ("Institue", "Universty") fold to the word, so they keep its low weight. */
    private static final VocabularyTypos TYPOS = new VocabularyTypos(known());

    /**
     * "University of Science and Technology" (科技大学) and "University of Technology" (理工大学, 工业大学) are different
     * kinds of Chinese university, so "Wuhan University of Science and Technology" is not Wuhan University of
     * Technology: "science and technology", in Spanish, French and German, and abbreviated ("Sci. Technol.") reads as one subject word.
     */
    private static final Pattern SCIENCE_AND_TECHNOLOGY =
            Pattern.compile("\\b(science|sciences|sci|ciencia|ciencias|wissenschaft|wissenschaften)"
                    + " (and|y|et|und) (technology|tech|technol|tecnologia|technologie|technologies)\\b"
                    + "|\\bsci (tech|technol)\\b");

    private static final String SCIENCE_TECHNOLOGY = "sciencetechnology";

    /**
     * The regional branches of the Russian Academy of Sciences, as its institutes abbreviate them ("SB RAS", "FEB RAS").
     */
    private static final Map<String, String> RAS_BRANCHES = Map.of(
            "sb ras", "siberian branch ras",
            "ub ras", "ural branch ras",
            "feb ras", "far east branch ras");

    /**
     * Compass names written in two words in French ("Nord-Ouest") read as the one English word; the regional branches
     * of the Russian Academy of Sciences are spelt out; the words "named after" before an eponym are dropped, so the
     * eponym reads as a word beside the name, as in names that put it first ("Tatishchev Astrakhan State University").
     */
    @Override
    public String rewrite(String normalised) {
        String rewritten =
                normalised.contains("nord ouest") ? normalised.replace("nord ouest", "northwestern") : normalised;
        if (rewritten.contains(" named after ")) {
            rewritten = rewritten.replace(" named after ", " ");
        }
        if (rewritten.contains(" tec")) {
            rewritten = SCIENCE_AND_TECHNOLOGY.matcher(rewritten).replaceAll(SCIENCE_TECHNOLOGY);
        }
        if (rewritten.contains(" ras")) {
            for (Map.Entry<String, String> branch : RAS_BRANCHES.entrySet()) {
                rewritten = rewritten.replace(branch.getKey(), branch.getValue());
            }
        }
        return rewritten;
    }

    @Override
    public String canonical(String token) {
        return CANONICAL.getOrDefault(token, token);
    }

    @Override
    public String correctTypo(String canonicalToken) {
        return TYPOS.correct(canonicalToken);
    }

    private static Set<String> known() {
        Set<String> words = new HashSet<>(ORGANISATION_WORDS);
        words.addAll(SUBJECT_WORDS);
        return words;
    }

    @Override
    public double weight(String canonicalToken) {
        if (FUNCTION_WORDS.contains(canonicalToken)) {
            return FUNCTION_WORD;
        }
        if (ORGANISATION_WORDS.contains(canonicalToken)) {
            return ORGANISATION_WORD;
        }
        if (SUBJECT_WORDS.contains(canonicalToken)) {
            return SUBJECT_WORD;
        }
        return Tokens.isNumeric(canonicalToken) ? NUMBER : DISTINCTIVE;
    }

    private static Map<String, String> canonicalSpellings() {
        Map<String, String> map = new HashMap<>();
        alias(
                map,
                "university",
                "univ",
                "universities",
                "universidad",
                "universidade",
                "universite",
                "universitat",
                "universita",
                "universiteit",
                "universitet",
                "hochschule",
                "daxue",
                "uni");
        alias(map, "institute", "inst", "institutes", "instituto", "institut", "istituto", "yanjiusuo");
        alias(
                map,
                "technology",
                "tech",
                "technol",
                "technologies",
                "technological",
                "tecnologia",
                "technologie",
                "technische",
                "polytechnic",
                "polytechnical",
                "polytechnique",
                "polytechnische",
                "polytechnischen",
                "politecnica",
                "politecnico");
        alias(map, "academy", "acad", "academies", "academia", "academie", "akademie", "yanjiuyuan");
        alias(map, "science", "sci", "sciences", "scientific", "ciencias", "ciencia", "wissenschaften");
        alias(map, "chinese", "chinoise", "chinois", "chinesische", "chinesischen");
        // subject words and exonyms of French, Spanish and German renderings (GeoNames alternate names for places)
        alias(map, "physics", "physique", "physik", "fisica");
        alias(map, "chemistry", "chimie", "chemie", "quimica");
        alias(map, "mathematics", "mathematiques", "mathematik", "matematicas");
        alias(map, "state", "etat", "detat", "staatliche", "staatlichen", "estatal");
        alias(map, "moscow", "moscou", "moskau", "moskauer", "moscu");
        alias(map, "beijing", "pekin", "peking", "pekinskiy");
        // Russian organisation, subject and place words as the BGN/PCGN romanisation of a Cyrillic name writes them
        // (Romanisation.cyrillicInLatin), folded to the English words of the institutions' own English names
        alias(map, "university", "universiteta");
        alias(map, "institute", "instituta");
        alias(map, "academy", "akademiya", "akademii");
        alias(map, "science", "nauk", "nauchnyy", "nauchnyi");
        alias(map, "state", "gosudarstvennyy", "gosudarstvennyi", "gosudarstvennogo");
        alias(map, "technical", "tekhnicheskiy", "tekhnicheskii");
        alias(map, "physical", "fizicheskiy", "fizicheskii");
        alias(map, "physics", "fiziki");
        alias(map, "semiconductor", "poluprovodnikov");
        alias(map, "national", "natsionalnyy", "natsionalnyi");
        alias(map, "research", "issledovatelskiy", "issledovatelskii");
        alias(map, "center", "tsentr");
        alias(map, "federal", "federalnyy", "federalnyi");
        alias(map, "higher", "vysshaya");
        alias(map, "school", "shkola");
        alias(map, "economics", "ekonomiki");
        alias(map, "russian", "rossiyskoy", "rossiyskaya", "rossii");
        alias(map, "chinese", "kitayskaya", "kitayskiy");
        alias(map, "moscow", "moskovskiy", "moskva", "moskve");
        alias(map, "first", "pervogo");
        alias(map, "president", "prezidenta");
        alias(map, "northwestern", "noroeste");
        alias(map, "engineering", "eng", "engg");
        alias(map, "college", "coll");
        alias(map, "laboratory", "lab", "labs", "laboratories");
        alias(map, "center", "centre", "ctr", "centers", "centres");
        alias(map, "department", "dept");
        alias(map, "national", "natl", "nat");
        alias(map, "corporation", "corp");
        alias(map, "company", "co");
        alias(map, "limited", "ltd");
        return Map.copyOf(map);
    }

    private static void alias(Map<String, String> map, String canonical, String... variants) {
        for (String variant : variants) {
            map.put(variant, canonical);
        }
    }
}
