package org.collabscreen.matching;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Companies name their research arms by their brand and research-unit words ("Tencent AI Lab", "Hikvision Research
 * Institute", "Huawei Research Center"), and themselves by their brand and business words ("Unitree Robotics", "Acme
 * Electronic Information"): such a
 * segment is read as the brand alone, which is how the lists name the company ("Tencent", "Hikvision", "Unitree").
 */
final class ResearchArms {

    /** The words after a brand that name a research unit, as {@link InstitutionVocabulary} folds them. */
    static final Set<String> UNIT_WORDS =
            Set.of("research", "institute", "laboratory", "center", "academy", "ai", "rd", "r", "d", "and");

    /**
     * The words after a brand that name the company itself ("Unitree Robotics", "Hikvision Technology Co. Ltd") or its
     * line of business ("Acme Electronic Information Industry", "Acme Energy Storage", "Acme Auto Engineering …").
     */
    static final Set<String> COMPANY_WORDS = Set.of(
            "robotics",
            "technology",
            "group",
            "company",
            "limited",
            "corporation",
            "inc",
            "holdings",
            "holding",
            "electronic",
            "electronics",
            "information",
            "industry",
            "energy",
            "storage",
            "auto",
            "automotive",
            "engineering",
            "software",
            "semiconductor",
            "digital",
            "networks",
            "communication",
            "communications");

    private static final int MAX_BRAND_WORDS = 2;

    /** The words of administrative divisions, which follow a place's name. */
    static final Set<String> DIVISION_WORDS =
            Set.of("township", "town", "county", "village", "district", "prefecture", "municipality", "province");

    /** The words that end a research unit's own name after its company's brand. */
    private static final Set<String> NAMED_UNIT_WORDS =
            Set.of("research", "institute", "laboratory", "academy", "center");

    private static final int MAX_NAMED_UNIT_WORDS = 3;

    private ResearchArms() {}

    /**
     * The brands and one-word short names the segments name their institution by before a research arm or unit
     * ({@link #brandOf}, {@link #leadingBrandOf}, {@link #leadingNameOfUnit}), each once.
     */
    static Set<String> shortNamesIn(List<String> normalisedSegments, Vocabulary vocabulary) {
        Set<String> names = new LinkedHashSet<>(1);
        for (String segment : normalisedSegments) {
            if (namesAPlace(segment)) {
                continue;
            }
            for (String name : new String[] {
                brandOf(segment, vocabulary),
                leadingBrandOf(segment, vocabulary),
                leadingNameOfUnit(segment, vocabulary)
            }) {
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /**
     * Whether the segment's first word is a place's name: an administrative division's word follows it ("Dahua
     * Township Health Centre", "Xinhua County People's Hospital"), as it follows no company's brand.
     */
    private static boolean namesAPlace(String normalised) {
        int first = normalised.indexOf(' ');
        if (first < 0) {
            return false;
        }
        int second = normalised.indexOf(' ', first + 1);
        return DIVISION_WORDS.contains(normalised.substring(first + 1, second < 0 ? normalised.length() : second));
    }

    /** The brand of a normalised segment that is a brand and research-unit or company words, else null. */
    static String brandOf(String normalised, Vocabulary vocabulary) {
        String[] words = normalised.split(" ");
        int brandEnd = 0;
        while (brandEnd < words.length
                && vocabulary.weight(vocabulary.canonical(words[brandEnd])) >= Vocabulary.DISTINCTIVE
                && !UNIT_WORDS.contains(vocabulary.canonical(words[brandEnd]))
                && !COMPANY_WORDS.contains(vocabulary.canonical(words[brandEnd]))) {
            brandEnd++;
        }
        if (brandEnd == 0 || brandEnd > MAX_BRAND_WORDS || brandEnd == words.length) {
            return null;
        }
        boolean research = false;
        boolean company = true;
        for (int i = brandEnd; i < words.length; i++) {
            String canonical = vocabulary.canonical(words[i]);
            company &= COMPANY_WORDS.contains(canonical);
            if (!UNIT_WORDS.contains(canonical) && !COMPANY_WORDS.contains(canonical)) {
                return null;
            }
            research |= canonical.equals("research") || canonical.equals("laboratory");
        }
        return research || company ? String.join(" ", Arrays.copyOf(words, brandEnd)) : null;
    }

    /**
     * The first word of a segment that names a company's research unit by its own name after the brand and ends with a
     * research-unit word ("Alibaba DAMO Academy", "Huawei Noah's Ark Lab", "Norinco 204th (Research) Institute"), else
     * null; it is
     * looked up as an exact name, so it only reads as a listed company that the lists name by that one word.
     */
    static String leadingBrandOf(String normalised, Vocabulary vocabulary) {
        String[] words = normalised.split(" ");
        if (words.length < 3 || words.length > MAX_NAMED_UNIT_WORDS + 2) {
            return null;
        }
        String last = vocabulary.canonical(words[words.length - 1]);
        boolean allDistinctive = true;
        for (int i = 0; i < words.length - 1; i++) {
            String canonical = vocabulary.canonical(words[i]);
            allDistinctive &= vocabulary.weight(canonical) >= Vocabulary.DISTINCTIVE
                    || Tokens.isNumeric(canonical)
                    || i > 0 && canonical.equals("research");
        }
        return allDistinctive && NAMED_UNIT_WORDS.contains(last) ? words[0] : null;
    }

    /**
     * The first word of a segment that names a unit after its institution's one-word short name and the unit's subject
     * ("Brandname Center for Energy Science", "Brandname Institute of Robotics"), else null; looked up as an exact name
     * like {@link #leadingBrandOf}.
     */
    static String leadingNameOfUnit(String normalised, Vocabulary vocabulary) {
        String[] words = normalised.split(" ");
        if (words.length < 4 || !(words[2].equals("for") || words[2].equals("of"))) {
            return null;
        }
        String first = vocabulary.canonical(words[0]);
        return NAMED_UNIT_WORDS.contains(vocabulary.canonical(words[1]))
                        && vocabulary.weight(first) >= Vocabulary.DISTINCTIVE
                        && !PlaceEvidence.isPlaceWord(first)
                ? words[0]
                : null;
    }
}
