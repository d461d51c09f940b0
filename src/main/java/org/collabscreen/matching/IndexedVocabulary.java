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
    /** Each word of the names, as {@link #word} tells it: one map read answers all three questions of a query word. */
    private final Map<String, Word> words = new HashMap<>();

    private final Map<String, String> corrected = new HashMap<>();
    private final Map<String, Double> weights = new HashMap<>();

    /** @param normalisedNames the names the index holds, normalised ({@link NameNormaliser#normalise}) */
    IndexedVocabulary(Vocabulary vocabulary, Collection<String> normalisedNames) {
        this.vocabulary = vocabulary;
        for (String name : normalisedNames) {
            for (String token : Tokens.split(vocabulary.rewrite(name))) {
                if (!words.containsKey(token)) {
                    String canonicalToken = vocabulary.canonical(token);
                    String correctedToken = corrected.computeIfAbsent(canonicalToken, vocabulary::correctTypo);
                    double weight = weights.computeIfAbsent(correctedToken, vocabulary::weight);
                    words.put(token, new Word(canonicalToken, correctedToken, weight));
                }
            }
        }
    }

    @Override
    public String rewrite(String normalised) {
        return vocabulary.rewrite(normalised);
    }

    @Override
    public String canonical(String token) {
        Word known = words.get(token);
        return known != null ? known.canonical() : vocabulary.canonical(token);
    }

    @Override
    public String correctTypo(String canonicalToken) {
        String known = corrected.get(canonicalToken);
        return known != null ? known : vocabulary.correctTypo(canonicalToken);
    }

    @Override
    public Word word(String token) {
        Word known = words.get(token);
        return known != null ? known : Vocabulary.super.word(token);
    }

    @Override
    public double weight(String canonicalToken) {
        Double known = weights.get(canonicalToken);
        return known != null ? known : vocabulary.weight(canonicalToken);
    }
}
