package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classifies free text into sensitive technology categories. Each category's terms are the rulebook's keywords and
 * the terms of the control and technology lists that define it ({@link TechnologyVocabulary}), in English, Spanish,
 * French, German and Chinese. The text is analysed once in each language it may be written in ({@link TextLanguages})
 * and meets only that language's terms, which match as whole phrases of stems. A category none of whose terms is
 * found can still be found by the descriptions of the list items that define it ({@link DescribedItems}). Every
 * category found lists its terms or words and their source items. The vocabularies are analysed once per process;
 * building a classifier for a rulebook only binds them to its categories.
 */
public final class TechnologyClassifier {

    /** The vocabulary files' terms, analysed once, each with its category code. */
    private static final List<VocabularyPattern> VOCABULARY = TechnologyVocabulary.terms().stream()
            .map(term -> new VocabularyPattern(
                    term.code(), KeywordPattern.of(new CategoryEntry(term.code(), term.code(), List.of()), term)))
            .toList();

    private record VocabularyPattern(String code, KeywordPattern pattern) {}

    private final Map<TechnologyLanguage, Map<String, List<KeywordPattern>>> byFirstStem =
            new EnumMap<>(TechnologyLanguage.class);
    private final Map<String, List<KeywordPattern>> byExactToken = new HashMap<>();
    private final CompoundSplitter germanCompounds;
    private final DescribedItems describedItems;
    private final Map<String, CategoryEntry> categories;

    public TechnologyClassifier(List<CategoryEntry> categories) {
        Map<String, CategoryEntry> byCode = new HashMap<>();
        for (CategoryEntry category : categories) {
            byCode.put(category.code(), category);
            category.keywords().forEach(keyword -> add(KeywordPattern.of(category, keyword)));
        }
        Set<String> germanWords = new HashSet<>();
        for (VocabularyPattern term : VOCABULARY) {
            CategoryEntry category = byCode.get(term.code());
            if (category != null) {
                KeywordPattern pattern = term.pattern().withCategory(category);
                add(pattern);
                if (pattern.language() == TechnologyLanguage.DE) {
                    germanWords.addAll(List.of(pattern.stems()));
                }
            }
        }
        germanWords.addAll(ItemIndex.of(TechnologyLanguage.DE).words());
        this.germanCompounds = new CompoundSplitter(germanWords);
        this.describedItems = new DescribedItems(byCode, phrases());
        this.categories = Map.copyOf(byCode);
    }

    /** Each language's multi-word terms, as stems, by category. */
    private Map<TechnologyLanguage, Map<String, List<Set<String>>>> phrases() {
        Map<TechnologyLanguage, Map<String, List<Set<String>>>> phrases = new EnumMap<>(TechnologyLanguage.class);
        byFirstStem.forEach((language, patterns) -> patterns.values().stream()
                .flatMap(List::stream)
                .filter(KeywordPattern::isPhrase)
                .forEach(pattern -> phrases.computeIfAbsent(language, l -> new HashMap<>())
                        .computeIfAbsent(pattern.category().code(), c -> new ArrayList<>())
                        .add(Set.copyOf(List.of(pattern.stems())))));
        return phrases;
    }

    private void add(KeywordPattern pattern) {
        if (pattern.isEmpty()) {
            return;
        }
        if (pattern.isShort()) {
            byExactToken
                    .computeIfAbsent(pattern.exactToken(), k -> new ArrayList<>(1))
                    .add(pattern);
        } else {
            byFirstStem
                    .computeIfAbsent(pattern.language(), l -> new HashMap<>())
                    .computeIfAbsent(pattern.stems()[0], k -> new ArrayList<>(1))
                    .add(pattern);
        }
    }

    /** multi-label, best first; each match lists its matched terms, their sources and a confidence 0..1 */
    public List<Classification> classify(String written) {
        if (written == null || written.isBlank()) {
            return List.of();
        }
        String text = OtherSenses.read(Homonyms.read(written));
        Map<String, CategoryEvidence> evidence = new LinkedHashMap<>();
        Set<TechnologyLanguage> languages = TextLanguages.of(text);
        boolean undetermined = TextLanguages.isUndetermined(languages);
        Map<TechnologyLanguage, ReadText> read = new EnumMap<>(TechnologyLanguage.class);
        for (TechnologyLanguage language : languages) {
            if (reads(language)) {
                TextTokens tokens = language.tokens(text);
                read.put(
                        language,
                        new ReadText(language == TechnologyLanguage.DE ? germanCompounds.split(tokens) : tokens));
            }
        }
        // a text studied from outside in one of the languages it is read in is so in all ("Akzeptanz der Gentherapie in
        // Deutschland" is read as Dutch too, where no heading word tells it)
        boolean studied = read.entrySet().stream()
                .anyMatch(reading ->
                        SubjectOfStudy.in(reading.getKey(), reading.getValue().tokens()));
        CarriedPlatforms carried = CarriedPlatforms.of(text);
        for (Map.Entry<TechnologyLanguage, ReadText> entry : read.entrySet()) {
            TechnologyLanguage language = entry.getKey();
            // a text in no telling language ("semiconductor lithography") adds categories, not terms, in the others
            Set<String> englishFound = undetermined ? Set.copyOf(evidence.keySet()) : Set.of();
            ReadText reading = entry.getValue();
            TextTokens tokens = reading.tokens();
            Map<String, List<KeywordPattern>> patterns = byFirstStem.getOrDefault(language, Map.of());
            for (int i = 0; i < tokens.size(); i++) {
                for (KeywordPattern pattern : patterns.getOrDefault(tokens.stems()[i], List.of())) {
                    if (tokens.stemsMatchAt(i, pattern.stems())
                            && !englishFound.contains(pattern.category().code())) {
                        record(evidence, pattern, reading, i, studied, carried);
                    }
                }
                if (language == TechnologyLanguage.EN) {
                    for (KeywordPattern pattern : shortCandidates(tokens, i)) {
                        String token = pattern.caseSensitive() ? tokens.cased()[i] : tokens.lower()[i];
                        if (token.equals(pattern.exactToken())) {
                            record(evidence, pattern, reading, i, studied, carried);
                        }
                    }
                    // a vehicle acronym's plural ("UAVs", "AUVs") names what the acronym does
                    String singular = AcronymPlurals.singular(tokens.cased()[i]);
                    for (KeywordPattern pattern : singular == null
                            ? List.<KeywordPattern>of()
                            : byExactToken.getOrDefault(singular, List.of())) {
                        if (pattern.caseSensitive()
                                && AcronymPlurals.countable(pattern.category().code())) {
                            record(evidence, pattern, reading, i, studied, carried);
                        }
                    }
                }
            }
        }
        SharedTerms.resolve(evidence.values());
        DisplacingTerms.resolve(evidence.values());
        SatelliteNavigationSignal.resolve(text, evidence.values());
        CeramicCarbides.resolve(evidence.values());
        MachineRecognition.resolve(text, evidence, categories);
        ConceptsOfTwoCategories.resolve(text, evidence, categories);
        LearningForSensitiveWork.resolve(evidence, studied);
        AiChips.resolve(evidence, studied);
        describedItems.addTo(evidence, read);
        WorkFacets.addTo(evidence, read, categories);
        return ranked(evidence);
    }

    /** Whether anything of this classifier is written in the language: its terms, or its categories' items. */
    private boolean reads(TechnologyLanguage language) {
        return byFirstStem.containsKey(language)
                || language == TechnologyLanguage.EN && !byExactToken.isEmpty()
                || describedItems.covers(language);
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
            Map<String, CategoryEvidence> evidence,
            KeywordPattern pattern,
            ReadText reading,
            int start,
            boolean studied,
            CarriedPlatforms carried) {
        reading.cover(start, pattern.stems().length);
        boolean toolUse = ToolUse.at(
                        pattern.category().code(), pattern.language(), reading.tokens(), start, pattern.stems().length)
                || pattern.category().code().equals("ROBOTICS_AUTONOMY") && carried.only(pattern.term());
        evidence.computeIfAbsent(pattern.category().code(), code -> new CategoryEvidence(pattern.category()))
                .add(pattern, toolUse, studied);
    }

    /** Each category keeps the confidence of its own evidence, so more text never lowers a category. */
    private static List<Classification> ranked(Map<String, CategoryEvidence> evidence) {
        List<Classification> matches = new ArrayList<>(evidence.size());
        evidence.values().stream()
                .filter(found -> !found.isEmpty())
                .forEach(found -> matches.add(new Classification(
                        found.category().code(), found.confidence(), found.terms(), found.sources())));
        matches.sort(
                Comparator.comparingDouble(Classification::score).reversed().thenComparing(Classification::code));
        return matches;
    }
}
