package org.collabscreen.matching;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A key laboratory named after a short acronym ("ACR Key Lab of …") beside the institute or university that hosts it
 * ("Host Inst, ACR Key Lab …") is the acronym's body's laboratory: the acronym names the body, wherever the laboratory
 * is hosted. Without a host named beside it the acronym is only a word of the laboratory's name.
 */
final class KeyLaboratories {

    private static final Pattern KEY_LABORATORY = Pattern.compile("^\\S+ key (lab|laboratory)\\b");

    /** The organisation words of a host, as {@link InstitutionVocabulary} folds them. */
    private static final Set<String> HOST_WORDS = Set.of("institute", "university", "academy", "college");

    private KeyLaboratories() {}

    /** Whether normalised segment {@code i} names a key laboratory by its acronym and another segment names its host. */
    static boolean namedWithHost(List<String> normalisedSegments, int i, Vocabulary vocabulary) {
        if (!KEY_LABORATORY.matcher(normalisedSegments.get(i)).find()) {
            return false;
        }
        for (int j = 0; j < normalisedSegments.size(); j++) {
            if (j != i) {
                for (String word : Tokens.split(normalisedSegments.get(j))) {
                    if (HOST_WORDS.contains(vocabulary.canonical(word))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
