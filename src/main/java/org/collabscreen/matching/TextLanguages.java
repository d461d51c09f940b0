package org.collabscreen.matching;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * The languages a text may be written in, told by its script and by the stop words of Lucene's analysers: Han text is
 * Chinese, text with kana Japanese too, Hangul Korean, Cyrillic Russian; Latin text is in the languages whose stop words it uses most, and English terms are always tried (acronyms
 * and loan words such as "5G" or "CRISPR" occur in every language). A text with no stop word at all ("Feststoffraketen
 * motoren") is tried in every language. This keeps a German term ("Graphen") from matching English text ("graph").
 * Spanish and Portuguese read each other's text where the count is close ({@link #addIberianSister}).
 */
final class TextLanguages {

    private static final Map<TechnologyLanguage, CharArraySet> STOP_WORDS = stopWords();
    /** The same, as arrays in the map's order, for the loop over every word. */
    private static final TechnologyLanguage[] STOP_WORD_LANGUAGES =
            STOP_WORDS.keySet().toArray(TechnologyLanguage[]::new);

    /** The least stop words of the leading language for its Iberian sister to be read too: fewer tell little. */
    private static final int SISTER_MIN_HITS = 3;

    private static final CharArraySet[] STOP_WORD_SETS = STOP_WORDS.values().toArray(CharArraySet[]::new);

    /** The languages of short texts told already: technology areas and titles recur. */
    private static final TextMemo<Set<TechnologyLanguage>> TOLD = new TextMemo<>(2_048, 256);

    private TextLanguages() {}

    static Set<TechnologyLanguage> of(String text) {
        return TOLD.get(text, TextLanguages::told);
    }

    /** {@link #of} worked out afresh, without the memo. */
    static Set<TechnologyLanguage> told(String text) {
        Set<TechnologyLanguage> languages = EnumSet.of(TechnologyLanguage.EN);
        if (Tokens.containsCjk(text)) {
            languages.add(TechnologyLanguage.ZH);
            if (Scripts.contains(text, Character.UnicodeScript.HIRAGANA)
                    || Scripts.contains(text, Character.UnicodeScript.KATAKANA)) {
                languages.add(TechnologyLanguage.JA);
            }
            if (Scripts.contains(text, Character.UnicodeScript.HANGUL)) {
                languages.add(TechnologyLanguage.KO);
            }
        }
        if (Scripts.contains(text, Character.UnicodeScript.CYRILLIC)) {
            languages.add(TechnologyLanguage.RU);
        }
        int[] hits = stopWordHits(text.toLowerCase(Locale.ROOT).toCharArray());
        int best = 0;
        for (int count : hits) {
            best = Math.max(best, count);
        }
        if (best == 0) {
            if (!languages.contains(TechnologyLanguage.ZH)) {
                languages.addAll(STOP_WORDS.keySet());
            }
            return Collections.unmodifiableSet(languages);
        }
        for (TechnologyLanguage language : STOP_WORDS.keySet()) {
            if (hits[language.ordinal()] == best) {
                languages.add(language);
            }
        }
        addIberianSister(languages, hits, best, TechnologyLanguage.ES, TechnologyLanguage.PT);
        addIberianSister(languages, hits, best, TechnologyLanguage.PT, TechnologyLanguage.ES);
        return Collections.unmodifiableSet(languages);
    }

    /**
     * Spanish and Portuguese share most short words, and one the other lacks ("dos" is Portuguese, not Spanish) should
     * not decide: where one of them leads with {@link #SISTER_MIN_HITS} stop words or more, the other is read too if
     * it is one short.
     */
    private static void addIberianSister(
            Set<TechnologyLanguage> languages,
            int[] hits,
            int best,
            TechnologyLanguage leader,
            TechnologyLanguage sister) {
        if (hits[leader.ordinal()] == best && best >= SISTER_MIN_HITS && hits[sister.ordinal()] >= best - 1) {
            languages.add(sister);
        }
    }

    /** How many of the text's words are stop words of each language, by the language's ordinal; no words copied. */
    private static int[] stopWordHits(char[] text) {
        int[] hits = new int[TechnologyLanguage.values().length];
        int start = 0;
        while (start < text.length) {
            while (start < text.length && !Character.isLetter(text[start])) {
                start++;
            }
            int end = start;
            while (end < text.length && Character.isLetter(text[end])) {
                end++;
            }
            if (end > start) {
                for (int i = 0; i < STOP_WORD_LANGUAGES.length; i++) {
                    if (STOP_WORD_SETS[i].contains(text, start, end - start)) {
                        hits[STOP_WORD_LANGUAGES[i].ordinal()]++;
                    }
                }
            }
            start = end;
        }
        return hits;
    }

    /** Lucene's stop words of a language; none for Chinese, Japanese and Korean, read as character bigrams. */
    static CharArraySet stopWords(TechnologyLanguage language) {
        return STOP_WORDS.getOrDefault(language, CharArraySet.EMPTY_SET);
    }

    /** Whether the text told nothing of its language, so that it is read in all of them. */
    static boolean isUndetermined(Set<TechnologyLanguage> languages) {
        return languages.containsAll(STOP_WORDS.keySet());
    }

    private static Map<TechnologyLanguage, CharArraySet> stopWords() {
        Map<TechnologyLanguage, CharArraySet> stops = new EnumMap<>(TechnologyLanguage.class);
        stops.put(TechnologyLanguage.EN, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stops.put(TechnologyLanguage.ES, SpanishAnalyzer.getDefaultStopSet());
        stops.put(TechnologyLanguage.FR, FrenchAnalyzer.getDefaultStopSet());
        stops.put(TechnologyLanguage.DE, GermanAnalyzer.getDefaultStopSet());
        stops.put(TechnologyLanguage.IT, ItalianAnalyzer.getDefaultStopSet());
        stops.put(TechnologyLanguage.PT, PortugueseAnalyzer.getDefaultStopSet());
        stops.put(TechnologyLanguage.RU, RussianAnalyzer.getDefaultStopSet());
        stops.put(TechnologyLanguage.NL, DutchAnalyzer.getDefaultStopSet());
        return stops;
    }
}
