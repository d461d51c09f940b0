package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The evidence for one category found in a text, and the confidence it gives: the category's terms found as phrases,
 * or else the control-list item whose description the text's words match best (BM25).
 */
final class CategoryEvidence {

    private static final double PHRASE = 0.95;
    private static final double WORD = 0.75;
    private static final double SHORT_TOKEN = 0.7;
    private static final double PER_EXTRA_TERM = 0.05;

    private final CategoryEntry category;
    /** By stem key: "wearable sensor" and "wearable sensors" are one term and count once. */
    private final Map<String, KeywordPattern> terms = new LinkedHashMap<>();
    /** Keys of terms seen only where the method is used as a tool; one mention that advances it clears the key. */
    private final Set<String> toolUseOnly = new HashSet<>();

    private DescribedEvidence described;
    /** Whether a term was found outside a study of the technology from outside. */
    private boolean advancedOrUsed;

    /** A control-list item matched by the text's words, the words as written, and the confidence they give. */
    record DescribedEvidence(String source, List<String> words, double confidence) {}

    CategoryEvidence(CategoryEntry category) {
        this.category = category;
    }

    private void addTerm(KeywordPattern pattern, boolean toolUse) {
        if (terms.putIfAbsent(pattern.key(), pattern) == null && toolUse) {
            toolUseOnly.add(pattern.key());
        } else if (!toolUse) {
            toolUseOnly.remove(pattern.key());
        }
    }

    /**
     * A term found, used as a tool of the work or not; {@code studied} when the text studies the technology from
     * outside ({@link SubjectOfStudy}), where however many of its terms it names, none advances it.
     */
    void add(KeywordPattern pattern, boolean toolUse, boolean studied) {
        addTerm(pattern, toolUse || studied);
        if (!studied) {
            advancedOrUsed = true;
        }
    }

    /** Keeps the best item evidence; it counts only for a category none of whose terms was found. */
    void describe(DescribedEvidence evidence) {
        if (described == null || evidence.confidence() > described.confidence()) {
            described = evidence;
        }
    }

    /** Whether a term found matches. */
    boolean hasTerm(Predicate<KeywordPattern> matching) {
        return terms.values().stream().anyMatch(matching);
    }

    /**
     * Takes the other category's matching terms as this category's own, as they were read there: used as a tool,
     * studied from outside, or advanced.
     */
    void adopt(CategoryEvidence other, Predicate<KeywordPattern> matching) {
        other.terms.forEach((key, pattern) -> {
            if (matching.test(pattern)) {
                addTerm(pattern, other.toolUseOnly.contains(key));
            }
        });
        advancedOrUsed |= other.advancedOrUsed;
    }

    /** Reads the matching terms as advanced where they were read as a tool of the work. */
    void advance(Predicate<KeywordPattern> matching) {
        terms.forEach((key, pattern) -> {
            if (matching.test(pattern)) {
                toolUseOnly.remove(key);
            }
        });
    }

    void remove(String key) {
        terms.remove(key);
        toolUseOnly.remove(key);
    }

    /** Removes the terms found whose written form matches, with what was read of them. */
    void removeTerms(Predicate<String> written) {
        terms.entrySet().stream()
                .filter(entry -> written.test(entry.getValue().term()))
                .map(Map.Entry::getKey)
                .toList()
                .forEach(this::remove);
    }

    boolean isEmpty() {
        return terms.isEmpty() && described == null;
    }

    boolean hasTerms() {
        return !terms.isEmpty();
    }

    CategoryEntry category() {
        return category;
    }

    Iterable<String> keys() {
        return List.copyOf(terms.keySet());
    }

    /** The distinct source items of the terms found, in the order found, or the item the text's words matched. */
    List<String> sources() {
        if (terms.isEmpty()) {
            return described == null ? List.of() : List.of(described.source());
        }
        return terms.values().stream().map(KeywordPattern::source).distinct().toList();
    }

    List<String> terms() {
        if (terms.isEmpty()) {
            return described == null ? List.of() : described.words();
        }
        List<String> written = new ArrayList<>(terms.size());
        terms.values().forEach(pattern -> written.add(pattern.term()));
        return written;
    }

    /**
     * The best single term's confidence, raised a little by each further distinct term, at most 1; for a category
     * with no term found, the confidence of the item its words matched.
     */
    double confidence() {
        if (terms.isEmpty()) {
            return described == null ? 0 : described.confidence();
        }
        double best = 0;
        for (KeywordPattern pattern : terms.values()) {
            best = Math.max(best, pattern.isPhrase() ? PHRASE : pattern.isShort() ? SHORT_TOKEN : WORD);
        }
        // a technology studied from outside is not advanced however often it is named: the best term alone, halved
        double raw = advancedOrUsed ? Math.min(1.0, best + PER_EXTRA_TERM * (terms.size() - 1)) : best;
        if (toolUseOnly.containsAll(terms.keySet())) {
            raw *= ToolUse.FACTOR;
        }
        return Math.round(raw * 100) / 100.0;
    }
}
