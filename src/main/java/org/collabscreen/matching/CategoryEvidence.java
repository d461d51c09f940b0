package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The keywords of one category found in a text, and the confidence they give. */
final class CategoryEvidence {

    private static final double PHRASE = 0.95;
    private static final double WORD = 0.75;
    private static final double SHORT_TOKEN = 0.7;
    private static final double PER_EXTRA_TERM = 0.05;

    private final CategoryEntry category;
    /** By stem key: "wearable sensor" and "wearable sensors" are one term and count once. */
    private final Map<String, KeywordPattern> terms = new LinkedHashMap<>();

    CategoryEvidence(CategoryEntry category) {
        this.category = category;
    }

    /** Keys of terms seen only where the method is used as a tool; one mention that advances it clears the key. */
    private final java.util.Set<String> toolUseOnly = new java.util.HashSet<>();

    void add(KeywordPattern pattern, boolean toolUse) {
        if (terms.putIfAbsent(pattern.key(), pattern) == null && toolUse) {
            toolUseOnly.add(pattern.key());
        } else if (!toolUse) {
            toolUseOnly.remove(pattern.key());
        }
    }

    void remove(String key) {
        terms.remove(key);
        toolUseOnly.remove(key);
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    CategoryEntry category() {
        return category;
    }

    Iterable<String> keys() {
        return List.copyOf(terms.keySet());
    }

    /** The distinct source items of the terms found, in the order found. */
    List<String> sources() {
        return terms.values().stream().map(KeywordPattern::source).distinct().toList();
    }

    List<String> terms() {
        List<String> written = new ArrayList<>(terms.size());
        terms.values().forEach(pattern -> written.add(pattern.term()));
        return written;
    }

    /** The best single term's confidence, raised a little by each further distinct term, at most 1. */
    double confidence() {
        double best = 0;
        for (KeywordPattern pattern : terms.values()) {
            best = Math.max(best, pattern.isPhrase() ? PHRASE : pattern.isShort() ? SHORT_TOKEN : WORD);
        }
        double raw = Math.min(1.0, best + PER_EXTRA_TERM * (terms.size() - 1));
        if (toolUseOnly.containsAll(terms.keySet())) {
            raw *= ToolUse.FACTOR;
        }
        return Math.round(raw * 100) / 100.0;
    }
}
