package org.collabscreen.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A vocabulary whose answers for the words of an index's names were worked out once, when the index was built: queries
 * mostly repeat those words, and a spelling, typo or weight lookup costs more than a map read (a typo check looks up
 * every one-letter deletion of a word; a programme word is stemmed by Lucene). Any other word is asked of the
 * vocabulary itself, so the answers are the same either way. Read-only once built, so safe to share between threads.
 */
final class IndexedVocabulary implements Vocabulary {

    private final Vocabulary vocabulary;
    private final Map<String, String> canonical = new HashMap<>();
    private final Map<String, String> corrected = new HashMap<>();
    private final Map<String, Double> weights = new HashMap<>();

    /** @param normalisedNames the names the index holds, normalised ({@link NameNormaliser#normalise}) */
    IndexedVocabulary(Vocabulary vocabulary, Collection<String> normalisedNames) {
        this.vocabulary = vocabulary;
        for (String name : normalisedNames) {
            for (String token : Tokens.split(vocabulary.rewrite(name))) {
                String canonicalToken = canonical.computeIfAbsent(token, vocabulary::canonical);
                String correctedToken = corrected.computeIfAbsent(canonicalToken, vocabulary::correctTypo);
                weights.computeIfAbsent(correctedToken, vocabulary::weight);
            }
        }
    }

    @Override
    public String rewrite(String normalised) {
        return vocabulary.rewrite(normalised);
    }

    @Override
    public String canonical(String token) {
        String known = canonical.get(token);
        return known != null ? known : vocabulary.canonical(token);
    }

    @Override
    public String correctTypo(String canonicalToken) {
        String known = corrected.get(canonicalToken);
        return known != null ? known : vocabulary.correctTypo(canonicalToken);
    }

    @Override
    public double weight(String canonicalToken) {
        Double known = weights.get(canonicalToken);
        return known != null ? known : vocabulary.weight(canonicalToken);
    }
}
