package org.collabscreen.matching;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a pure function of a short text returned, kept for the texts that come back: the same partner names,
 * affiliations, programme names and technology areas recur proposal after proposal, and their analysis
 * (normalisation, vocabulary lookups, Lucene chains) costs more than a map read. Texts longer than {@code maxLength}
 * are analysed every time. Bounded by count: when full it starts again empty, so that it follows the texts in use.
 * Keeps only values nobody changes; safe to share between threads.
 */
final class TextMemo<V> {

    private final int maxEntries;
    private final int maxLength;
    private final Map<String, V> kept = new ConcurrentHashMap<>();

    TextMemo(int maxEntries, int maxLength) {
        this.maxEntries = maxEntries;
        this.maxLength = maxLength;
    }

    /** {@code analysis.apply(text)}, computed once while the text stays in the memo. */
    V get(String text, Function<String, V> analysis) {
        if (text.length() > maxLength) {
            return analysis.apply(text);
        }
        V known = kept.get(text);
        if (known != null) {
            return known;
        }
        V computed = analysis.apply(text);
        if (kept.size() >= maxEntries) {
            kept.clear();
        }
        kept.put(text, computed);
        return computed;
    }
}
