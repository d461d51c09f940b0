package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evidence from the descriptions of the control-list items that define a rulebook's categories: a text sharing at
 * least {@link #MIN_WORDS} informative words with an item, in one language, is scored by BM25 against that language's
 * items ({@link ItemIndex}), and the category of its best item gets a confidence that grows with the score, up to
 * {@link #MAX_CONFIDENCE}, below that of any of its terms found as such; an item scoring below
 * {@link #HALF_CONFIDENCE_SCORE} gives none. It counts only for a category none of whose terms was found, so it adds
 * categories to a text and never changes one found by its terms. Where every word that matched is used as a tool of
 * the work ({@link ToolUse}), the confidence is halved.
 */
final class DescribedItems {

    static final int MIN_WORDS = 2;
    static final double MAX_CONFIDENCE = 0.7;
    /** The BM25 score at which item evidence gives a confidence of one half, the least it is kept at. */
    static final double HALF_CONFIDENCE_SCORE = 6.0;

    private final Map<String, CategoryEntry> categories;
    private final Set<TechnologyLanguage> languages = EnumSet.noneOf(TechnologyLanguage.class);

    DescribedItems(Map<String, CategoryEntry> categories) {
        this.categories = Map.copyOf(categories);
        for (TechnologyLanguage language : TechnologyLanguage.values()) {
            ItemIndex index = ItemIndex.of(language);
            for (int i = 0; i < index.size(); i++) {
                if (this.categories.containsKey(index.item(i).code())) {
                    languages.add(language);
                    break;
                }
            }
        }
    }

    /** Whether any item of these categories is written in the language. */
    boolean covers(TechnologyLanguage language) {
        return languages.contains(language);
    }

    /**
     * Adds item evidence to the categories none of whose terms was found, from the words of the text read in each
     * language that no term found explains.
     */
    void addTo(Map<String, CategoryEvidence> evidence, Map<TechnologyLanguage, ReadText> read) {
        read.forEach((language, reading) -> {
            if (!covers(language)) {
                return;
            }
            TextTokens tokens = reading.tokens();
            ItemMatch.best(ItemIndex.of(language), reading, categories.keySet(), MIN_WORDS, HALF_CONFIDENCE_SCORE)
                    .forEach((code, match) -> {
                        CategoryEvidence found = evidence.get(code);
                        if (found == null || !found.hasTerms()) {
                            evidence.computeIfAbsent(code, c -> new CategoryEvidence(categories.get(c)))
                                    .describe(describedBy(language, tokens, match));
                        }
                    });
        });
    }

    private static CategoryEvidence.DescribedEvidence describedBy(
            TechnologyLanguage language, TextTokens tokens, ItemMatch match) {
        double confidence = Math.min(MAX_CONFIDENCE, match.score() / (match.score() + HALF_CONFIDENCE_SCORE));
        boolean toolUseOnly = true;
        for (int position : match.positions()) {
            toolUseOnly &= ToolUse.at(match.item().code(), language, tokens, position, 1);
        }
        if (toolUseOnly) {
            confidence *= ToolUse.FACTOR;
        }
        return new CategoryEvidence.DescribedEvidence(
                match.item().source(),
                words(language, tokens, match.positions()),
                Math.round(confidence * 100) / 100.0);
    }

    /** The text's words that matched, as written (English) or as stems, neighbours joined; Chinese bigrams merged. */
    private static List<String> words(TechnologyLanguage language, TextTokens tokens, List<Integer> positions) {
        List<String> words = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int previous = -2;
        for (int position : positions.stream().distinct().sorted().toList()) {
            String word = language == TechnologyLanguage.EN ? tokens.lower()[position] : tokens.stems()[position];
            if (position != previous + 1 && !run.isEmpty()) {
                words.add(run.toString());
                run.setLength(0);
            }
            if (run.isEmpty()) {
                run.append(word);
            } else if (language == TechnologyLanguage.ZH) {
                run.append(word.substring(word.offsetByCodePoints(0, 1)));
            } else {
                run.append(' ').append(word);
            }
            previous = position;
        }
        if (!run.isEmpty()) {
            words.add(run.toString());
        }
        return List.copyOf(words);
    }
}
