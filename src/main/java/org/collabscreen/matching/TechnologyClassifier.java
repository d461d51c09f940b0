package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Classifies free text into sensitive technology categories by whole-word keyword and phrase matches. */
public final class TechnologyClassifier {

    private final Map<String, List<KeywordPattern>> byFirstStem = new HashMap<>();
    private final Map<String, List<KeywordPattern>> byExactToken = new HashMap<>();

    public TechnologyClassifier(List<CategoryEntry> categories) {
        for (CategoryEntry category : categories) {
            for (String keyword : category.keywords()) {
                KeywordPattern pattern = KeywordPattern.of(category, keyword);
                if (pattern.isEmpty()) {
                    continue;
                }
                Map<String, List<KeywordPattern>> index = pattern.isShort() ? byExactToken : byFirstStem;
                String key = pattern.isShort() ? pattern.exactToken() : pattern.stems()[0];
                index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(pattern);
            }
        }
    }

    /** multi-label, best first; each match lists its matched terms and a confidence 0..1 */
    public List<Classification> classify(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        TextTokens tokens = TextTokens.of(text);
        Map<String, CategoryEvidence> evidence = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (KeywordPattern pattern : byFirstStem.getOrDefault(tokens.stems()[i], List.of())) {
                if (tokens.stemsMatchAt(i, pattern.stems())) {
                    record(evidence, pattern, tokens, i);
                }
            }
            for (KeywordPattern pattern : shortCandidates(tokens, i)) {
                String token = pattern.caseSensitive() ? tokens.cased()[i] : tokens.lower()[i];
                if (token.equals(pattern.exactToken())) {
                    record(evidence, pattern, tokens, i);
                }
            }
        }
        return ranked(evidence);
    }

    private List<KeywordPattern> shortCandidates(TextTokens tokens, int i) {
        List<KeywordPattern> cased = byExactToken.getOrDefault(tokens.cased()[i], List.of());
        if (tokens.cased()[i].equals(tokens.lower()[i])) {
            return cased;
        }
        List<KeywordPattern> lower = byExactToken.getOrDefault(tokens.lower()[i], List.of());
        if (lower.isEmpty()) {
            return cased;
        }
        List<KeywordPattern> both = new ArrayList<>(cased);
        both.addAll(lower);
        return both;
    }

    private static void record(
            Map<String, CategoryEvidence> evidence, KeywordPattern pattern, TextTokens tokens, int start) {
        boolean toolUse =
                ToolUse.GENERAL_PURPOSE_CATEGORIES.contains(pattern.category().code())
                        && ToolUse.at(tokens, start, pattern.stems().length);
        evidence.computeIfAbsent(pattern.category().code(), code -> new CategoryEvidence(pattern.category()))
                .add(pattern, toolUse);
    }

    /** Each category keeps the confidence of its own evidence, so more text never lowers a category. */
    private static List<Classification> ranked(Map<String, CategoryEvidence> evidence) {
        SharedTerms.resolve(evidence.values());
        List<Classification> matches = new ArrayList<>(evidence.size());
        evidence.values().stream()
                .filter(found -> !found.isEmpty())
                .forEach(found ->
                        matches.add(new Classification(found.category().code(), found.confidence(), found.terms())));
        matches.sort(
                Comparator.comparingDouble(Classification::score).reversed().thenComparing(Classification::code));
        return matches;
    }
}
