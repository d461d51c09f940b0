package org.collabscreen.matching;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One keyword of a category, compiled: a phrase of stems, or for a very short keyword (EUV, GaN) one exact token,
 * compared as written when the keyword has capitals, so that it never matches inside or as another word.
 */
record KeywordPattern(
        CategoryEntry category,
        String term,
        String[] stems,
        String exactToken,
        boolean caseSensitive,
        TechnologyLanguage language,
        String source) {

    private static final int MAX_SHORT_LETTERS = 3;
    private static final String RULEBOOK = "rulebook keyword";
    /**
     * Rulebook keywords already analysed, without their category: a rulebook is recompiled on every revision with
     * mostly the same keywords. Bounded, as a rulebook's keywords are.
     */
    private static final int MAX_CACHED = 20_000;

    private static final Map<String, KeywordPattern> ANALYSED = new ConcurrentHashMap<>();

    /** A term of a vocabulary file, analysed by its language's chain. */
    static KeywordPattern of(CategoryEntry category, TechnologyVocabulary.Term term) {
        if (term.language() == TechnologyLanguage.EN) {
            return of(category, term.term(), term.source());
        }
        return new KeywordPattern(
                category,
                term.term(),
                term.language().tokens(term.term()).stems(),
                null,
                false,
                term.language(),
                term.source());
    }

    /** A keyword of the rulebook's category, in English. */
    static KeywordPattern of(CategoryEntry category, String keyword) {
        KeywordPattern analysed = ANALYSED.get(keyword);
        if (analysed == null) {
            analysed = of(null, keyword, RULEBOOK);
            if (ANALYSED.size() < MAX_CACHED) {
                ANALYSED.put(keyword, analysed);
            }
        }
        return analysed.withCategory(category);
    }

    /** The same pattern for another category, without analysing its term again. */
    KeywordPattern withCategory(CategoryEntry other) {
        return new KeywordPattern(other, term, stems, exactToken, caseSensitive, language, source);
    }

    private static KeywordPattern of(CategoryEntry category, String keyword, String source) {
        TextTokens tokens = TextTokens.of(keyword);
        if (tokens.size() == 1 && letters(tokens.cased()[0]) <= MAX_SHORT_LETTERS) {
            String cased = tokens.cased()[0];
            boolean caseSensitive = !cased.equals(tokens.lower()[0]);
            return new KeywordPattern(
                    category,
                    keyword.strip(),
                    tokens.stems(),
                    caseSensitive ? cased : tokens.lower()[0],
                    caseSensitive,
                    TechnologyLanguage.EN,
                    source);
        }
        return new KeywordPattern(
                category, keyword.strip(), tokens.stems(), null, false, TechnologyLanguage.EN, source);
    }

    /** The same key for spellings that match the same words: stems for a phrase, the exact token for a short one. */
    String key() {
        String key = isShort()
                ? (caseSensitive ? exactToken : exactToken.toLowerCase(Locale.ROOT))
                : String.join(" ", stems);
        return language == TechnologyLanguage.EN ? key : language.tag() + ":" + key;
    }

    boolean isEmpty() {
        return stems.length == 0;
    }

    boolean isShort() {
        return exactToken != null;
    }

    boolean isPhrase() {
        return stems.length > 1;
    }

    private static int letters(String token) {
        int letters = 0;
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }
}
