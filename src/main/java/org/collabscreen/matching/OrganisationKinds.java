package org.collabscreen.matching;

import java.util.Set;

/**
 * Universities and companies are different kinds of body: "China Three Gorges University" is not China Three Gorges
 * Corporation, though every distinctive word is the same. A name the input gives as a university's is not taken for a
 * listed company's name that names no university, and the other way round.
 */
final class OrganisationKinds {

    /** University words, as {@link InstitutionVocabulary} folds them, and in Han script. */
    private static final Set<String> UNIVERSITY = Set.of("university", "college", "大学", "學院", "学院");

    /** Company words, as {@link InstitutionVocabulary} folds them ("Corp.", "Inc." and "Co." are "company"). */
    private static final Set<String> COMPANY = Set.of("company", "limited", "group", "有限公司", "集团");

    private OrganisationKinds() {}

    /** Whether the searched text names a university and the listed name a company, or the other way round. */
    static boolean differ(String searched, String listedName, Vocabulary vocabulary) {
        if (searched == null) {
            return false;
        }
        String listed = NameNormaliser.normalise(listedName);
        boolean university = holds(searched, UNIVERSITY, vocabulary);
        boolean company = holds(searched, COMPANY, vocabulary);
        return university && !company && holds(listed, COMPANY, vocabulary) && !holds(listed, UNIVERSITY, vocabulary)
                || company
                        && !university
                        && holds(listed, UNIVERSITY, vocabulary)
                        && !holds(listed, COMPANY, vocabulary);
    }

    private static boolean holds(String normalised, Set<String> kind, Vocabulary vocabulary) {
        for (String word : normalised.split(" ")) {
            if (kind.contains(vocabulary.canonical(word))) {
                return true;
            }
        }
        for (String han : kind) {
            if (han.charAt(0) > 0x2E80 && normalised.contains(han)) {
                return true;
            }
        }
        return false;
    }
}
