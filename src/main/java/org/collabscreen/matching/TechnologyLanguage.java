package org.collabscreen.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The languages technology text is classified in, each with its own Lucene analysis chain: English (ICU folding,
 * Krovetz stems, {@link EnglishStemmer}), Spanish, French and German (light stemmers, accents
 * folded; French elisions removed; German umlauts normalised and compounds split by {@link CompoundSplitter}) and
 * Chinese (Traditional folded to Simplified, then overlapping character bigrams, so a term matches inside an
 * unsegmented sentence). Since issue 15's seventh round also Italian, Portuguese and Russian (Lucene's light stemmers,
 * Italian elisions removed), Japanese (kanji folded like Chinese, then bigrams of kanji and kana alike) and Korean
 * (bigrams of Hangul, so a term matches whatever particle follows it: 전지의 holds 전지); since the twentieth round
 * also Dutch (Lucene's Snowball Dutch stemmer, as its Dutch analyser has it). A text is read in every
 * language it may be written in; each vocabulary only meets text analysed its own way.
 */
enum TechnologyLanguage {
    EN("en", null),
    ES("es", new StemmingAnalyzer(Stemmer.SPANISH)),
    FR("fr", new StemmingAnalyzer(Stemmer.FRENCH)),
    DE("de", new StemmingAnalyzer(Stemmer.GERMAN)),
    ZH("zh", new BigramAnalyzer(CJKBigramFilter.HAN)),
    IT("it", new StemmingAnalyzer(Stemmer.ITALIAN)),
    PT("pt", new StemmingAnalyzer(Stemmer.PORTUGUESE)),
    RU("ru", new StemmingAnalyzer(Stemmer.RUSSIAN)),
    JA("ja", new BigramAnalyzer(CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA)),
    KO("ko", new BigramAnalyzer(CJKBigramFilter.HANGUL)),
    NL("nl", new StemmingAnalyzer(Stemmer.DUTCH));

    /** Italian articles and prepositions elided before a vowel (dell'energia), as Lucene's Italian analyser lists them. */
    private static final CharArraySet ITALIAN_ARTICLES = new CharArraySet(
            List.of(
                    "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl",
                    "negl", "sugl", "un", "m", "t", "s", "v", "d"),
            true);

    private final String tag;
    private final Analyzer analyzer;
    /** Short texts read already in this language: technology areas, titles and terms recur. */
    private final TextMemo<TextTokens> analysed = new TextMemo<>(2_048, 256);

    TechnologyLanguage(String tag, Analyzer analyzer) {
        this.tag = tag;
        this.analyzer = analyzer;
    }

    /** The BCP 47 tag, which also names the vocabulary file. */
    String tag() {
        return tag;
    }

    /** Whether the language's text is read as overlapping character bigrams (Chinese, Japanese, Korean). */
    boolean readAsBigrams() {
        return this == ZH || this == JA || this == KO;
    }

    /** Whether the language is written in Latin letters (English, Spanish, French, German, Italian, Portuguese, Dutch). */
    boolean writtenInLatinLetters() {
        return switch (this) {
            case EN, ES, FR, DE, IT, PT, NL -> true;
            case ZH, RU, JA, KO -> false;
        };
    }

    /** The language of a BCP 47 tag, as the vocabulary files name it. */
    static TechnologyLanguage ofTag(String tag) {
        for (TechnologyLanguage language : values()) {
            if (language.tag.equals(tag)) {
                return language;
            }
        }
        throw new IllegalArgumentException("no technology language " + tag);
    }

    /** The text as tokens of this language; for English the project's one English chain. */
    TextTokens tokens(String text) {
        return analysed.get(text, this::analysedTokens);
    }

    /** {@link #tokens} worked out afresh, without the memo. */
    TextTokens analysedTokens(String text) {
        if (analyzer == null) {
            return TextTokens.of(text);
        }
        if (!mayBeWrittenIn(text)) {
            return TextTokens.EMPTY;
        }
        List<String> terms = analyse(
                switch (this) {
                    case ZH ->
                        ChipScaleQualifier.asMiniature(RegionalChineseTerms.toMainland(ScriptFolding.fold(text)));
                    case JA -> ScriptFolding.fold(text);
                    case RU -> RussianSoftSignInstrumental.asNominative(text);
                    default -> text;
                });
        String[] stems = terms.toArray(String[]::new);
        return new TextTokens(stems, stems, stems);
    }

    /** Whether the text holds a letter of this language's script; Latin-script languages read any text. */
    private boolean mayBeWrittenIn(String text) {
        return switch (this) {
            case ZH, JA -> Tokens.containsCjk(text);
            case KO -> Scripts.contains(text, Character.UnicodeScript.HANGUL);
            case RU -> Scripts.contains(text, Character.UnicodeScript.CYRILLIC);
            default -> true;
        };
    }

    private List<String> analyse(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private enum Stemmer {
        SPANISH,
        FRENCH,
        GERMAN,
        ITALIAN,
        PORTUGUESE,
        RUSSIAN,
        DUTCH
    }

    private static final class StemmingAnalyzer extends Analyzer {
        private final Stemmer stemmer;

        StemmingAnalyzer(Stemmer stemmer) {
            this.stemmer = stemmer;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = source;
            if (stemmer == Stemmer.FRENCH) {
                stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
            } else if (stemmer == Stemmer.ITALIAN) {
                stream = new ElisionFilter(stream, ITALIAN_ARTICLES);
            }
            stream = new LowerCaseFilter(stream);
            stream = switch (stemmer) {
                case SPANISH -> new SpanishLightStemFilter(stream);
                case FRENCH -> new FrenchLightStemFilter(stream);
                case GERMAN -> new GermanLightStemFilter(new GermanNormalizationFilter(stream));
                case ITALIAN -> new ItalianLightStemFilter(stream);
                case PORTUGUESE -> new PortugueseLightStemFilter(stream);
                case RUSSIAN -> new RussianLightStemFilter(stream);
                case DUTCH -> new SnowballFilter(stream, new DutchStemmer());
            };
            return new TokenStreamComponents(source, new ICUFoldingFilter(stream));
        }
    }

    /** Overlapping bigrams of the scripts given ({@link CJKBigramFilter}'s flags); other words pass whole. */
    private static final class BigramAnalyzer extends Analyzer {
        private final int scripts;

        BigramAnalyzer(int scripts) {
            this.scripts = scripts;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(source), scripts, false);
            return new TokenStreamComponents(source, stream);
        }
    }
}
