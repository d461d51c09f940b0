package org.collabscreen.matching;

import java.util.Set;

/**
 * Companies name their research arms by their brand and research-unit words ("Tencent AI Lab", "Hikvision Research
 * Institute", "Huawei Research Center"): such a segment is read as the brand alone, which is how the lists name the
 * company ("Tencent", "Hikvision").
 */
final class ResearchArms {

    /** The words after a brand that name a research unit, as {@link InstitutionVocabulary} folds them. */
    private static final Set<String> UNIT_WORDS =
            Set.of("research", "institute", "laboratory", "center", "academy", "ai", "rd", "r", "d", "and");

    private static final int MAX_BRAND_WORDS = 2;

    private ResearchArms() {}

    /** The brand of a normalised segment that is a brand and research-unit words, else null. */
    static String brandOf(String normalised, Vocabulary vocabulary) {
        String[] words = normalised.split(" ");
        int brandEnd = 0;
        while (brandEnd < words.length
                && vocabulary.weight(vocabulary.canonical(words[brandEnd])) >= Vocabulary.DISTINCTIVE
                && !UNIT_WORDS.contains(vocabulary.canonical(words[brandEnd]))) {
            brandEnd++;
        }
        if (brandEnd == 0 || brandEnd > MAX_BRAND_WORDS || brandEnd == words.length) {
            return null;
        }
        boolean research = false;
        for (int i = brandEnd; i < words.length; i++) {
            String canonical = vocabulary.canonical(words[i]);
            if (!UNIT_WORDS.contains(canonical)) {
                return null;
            }
            research |= canonical.equals("research") || canonical.equals("laboratory");
        }
        return research ? String.join(" ", java.util.Arrays.copyOf(words, brandEnd)) : null;
    }
}
