package org.collabscreen.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * English stems by Lucene's analysis chain: ICU folding (case, accents, combining marks, ligatures, full width),
 * British spellings folded to American (-ise, -isation, -our, -tre), then Krovetz stemming, which keeps words such as
 * "generative" and "general" apart where Porter would not. Stems are only compared with stems.
 */
final class EnglishStemmer {

    private static final Pattern ISE = Pattern.compile("^(\\p{L}{3,})is(e|ed|es|ing|ation|ations|er|ers)$");
    private static final Pattern OUR = Pattern.compile("^(\\p{L}{3,})our$");
    private static final Pattern TRE = Pattern.compile("^(fib|cent|met|lit)re(s?)$");

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new WhitespaceTokenizer();
            TokenStream stream = new ICUFoldingFilter(source);
            stream = new PatternReplaceFilter(stream, ISE, "$1iz$2", false);
            stream = new PatternReplaceFilter(stream, OUR, "$1or", false);
            stream = new PatternReplaceFilter(stream, TRE, "$1er$2", false);
            return new TokenStreamComponents(source, new KStemFilter(stream));
        }
    };

    private EnglishStemmer() {}

    static String stem(String token) {
        return stems(new String[] {token})[0];
    }

    /**
     * Stems already worked out, by token: text repeats its words, and a pass through the analysis chain costs more than
     * the rest of a screening's technology matching. Each token is analysed on its own by the chain (whitespace
     * tokens, then per-token filters), so a stem does not depend on the tokens beside it. Bounded, as Romanisation's
     * cache is.
     */
    private static final int MAX_CACHED = 50_000;

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    /** One stem per token (tokens without spaces); a token the analyser drops keeps its own form. */
    static String[] stems(String[] tokens) {
        String[] stems = new String[tokens.length];
        int missing = 0;
        for (int i = 0; i < tokens.length; i++) {
            stems[i] = CACHE.get(tokens[i]);
            missing += stems[i] == null ? 1 : 0;
        }
        if (missing == 0) {
            return stems;
        }
        String[] unknown = new String[missing];
        int[] at = new int[missing];
        for (int i = 0, k = 0; i < tokens.length; i++) {
            if (stems[i] == null) {
                unknown[k] = tokens[i];
                at[k++] = i;
            }
        }
        String[] analysed = analyse(unknown);
        for (int k = 0; k < missing; k++) {
            stems[at[k]] = analysed[k];
            if (CACHE.size() < MAX_CACHED) {
                CACHE.put(unknown[k], analysed[k]);
            }
        }
        return stems;
    }

    private static String[] analyse(String[] tokens) {
        String[] stems = tokens.clone();
        int[] starts = new int[tokens.length];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            starts[i] = text.length();
            text.append(tokens[i]).append(' ');
        }
        try (TokenStream stream = ANALYZER.tokenStream("text", text.toString())) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int index = Arrays.binarySearch(starts, offset.startOffset());
                if (index >= 0 && term.length() > 0) {
                    stems[index] = term.toString();
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }
}
