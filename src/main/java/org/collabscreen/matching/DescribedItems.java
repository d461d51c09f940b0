package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evidence from the descriptions of the control-list items that define a rulebook's categories: a text sharing at
 * least {@link #MIN_WORDS} informative words with an item, in one language, is scored by BM25 against that language's
 * items ({@link ItemIndex}), and the category of its best item gets a confidence that grows with the score, up to
 * {@link #MAX_CONFIDENCE}, below that of any of its terms found as such. An item scoring at least
 * {@link #HALF_CONFIDENCE_SCORE} counts; one scoring at least {@link #SUPPORTED_SCORE} counts only when a word it
 * matched defines the category ({@link ItemIndex#defines}) and its words are not merely those of one of the category's
 * multi-word terms found apart, and then at one half. The other languages' indexes hold
 * fewer items, so their words' inverse document frequencies and scores run lower: their thresholds are scaled by
 * {@link #OTHER_LANGUAGE_SCALE}. These four figures were calibrated on the development cases (issue 15, third round).
 * Item evidence counts only for a category none of whose terms was found, so it adds categories to a text and never
 * changes one found by its terms. Where every word that matched is used as a tool of the work ({@link ToolUse}), the
 * confidence is halved.
 */
final class DescribedItems {

    static final int MIN_WORDS = 2;
    static final double MAX_CONFIDENCE = 0.7;
    /** The BM25 score (English) at which item evidence gives a confidence of one half. */
    static final double HALF_CONFIDENCE_SCORE = 5.5;
    /** The least BM25 score (English) of an item one of whose matched words defines its category. */
    static final double SUPPORTED_SCORE = 4.0;
    /** The thresholds' scale for the languages other than English, whose indexes are smaller. */
    static final double OTHER_LANGUAGE_SCALE = 0.65;

    private final Map<String, CategoryEntry> categories;
    private final Set<TechnologyLanguage> languages = EnumSet.noneOf(TechnologyLanguage.class);
    private final Map<TechnologyLanguage, Map<String, List<Set<String>>>> phrases;

    /**
     * @param phrases each language's multi-word terms (as stems) by category: their words found apart, and nothing
     *                else, are no evidence of the category ("learning about machine tools" is not machine learning)
     */
    DescribedItems(
            Map<String, CategoryEntry> categories, Map<TechnologyLanguage, Map<String, List<Set<String>>>> phrases) {
        this.categories = Map.copyOf(categories);
        this.phrases = phrases;
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
            ItemIndex index = ItemIndex.of(language);
            double scale = language == TechnologyLanguage.EN ? 1 : OTHER_LANGUAGE_SCALE;
            double half = HALF_CONFIDENCE_SCORE * scale;
            // Japanese and Korean bigrams that all lie inside one term not found whole, one word's (or in Japanese just
            // two), are a piece of another word ("ケッ ット" of ロケット in ブランケット, "네트 트워 워크" of 광 네트워크 in
            // 통신 네트워크) or a chance meeting (量子 and 計算 of 量子計算 in 量子化学計算), not words of the item
            boolean kanaOrHangul = language == TechnologyLanguage.JA || language == TechnologyLanguage.KO;
            ItemMatch.best(index, reading, categories.keySet(), MIN_WORDS, SUPPORTED_SCORE * scale)
                    .forEach((code, match) -> {
                        CategoryEvidence found = evidence.get(code);
                        if ((found == null || !found.hasTerms())
                                && !(kanaOrHangul
                                        && fewOrOneWord(language, tokens, match)
                                        && onlyPhraseApart(language, tokens, match))
                                && (match.score() >= half
                                        || definedBy(index, tokens, match)
                                                && !onlyPhraseApart(language, tokens, match))) {
                            evidence.computeIfAbsent(code, c -> new CategoryEvidence(categories.get(c)))
                                    .describe(describedBy(language, tokens, match, half));
                        }
                    });
        });
    }

    /**
     * Whether the bigrams that matched are one word of the text, each next to the last and overlapping it by a letter, or
     * in Japanese, where a word is several bigrams, two at most.
     */
    private static boolean fewOrOneWord(TechnologyLanguage language, TextTokens tokens, ItemMatch match) {
        List<Integer> positions = match.positions().stream().distinct().sorted().toList();
        if (language == TechnologyLanguage.JA
                && positions.stream()
                                .map(position -> tokens.stems()[position])
                                .distinct()
                                .count()
                        <= 2) {
            return true;
        }
        for (int i = 1; i < positions.size(); i++) {
            String before = tokens.stems()[positions.get(i - 1)];
            String after = tokens.stems()[positions.get(i)];
            if (positions.get(i) != positions.get(i - 1) + 1
                    || before.isEmpty()
                    || after.isEmpty()
                    || before.charAt(before.length() - 1) != after.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every word that matched belongs to one multi-word term of the category, not found as a phrase. */
    private boolean onlyPhraseApart(TechnologyLanguage language, TextTokens tokens, ItemMatch match) {
        Set<String> words = new HashSet<>();
        match.positions().forEach(position -> words.add(tokens.stems()[position]));
        for (Set<String> phrase : phrases.getOrDefault(language, Map.of())
                .getOrDefault(match.item().code(), List.of())) {
            if (phrase.containsAll(words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean definedBy(ItemIndex index, TextTokens tokens, ItemMatch match) {
        for (int position : match.positions()) {
            if (index.defines(tokens.stems()[position], match.item().code())) {
                return true;
            }
        }
        return false;
    }

    private static CategoryEvidence.DescribedEvidence describedBy(
            TechnologyLanguage language, TextTokens tokens, ItemMatch match, double half) {
        double confidence = Math.max(0.5, Math.min(MAX_CONFIDENCE, match.score() / (match.score() + half)));
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
