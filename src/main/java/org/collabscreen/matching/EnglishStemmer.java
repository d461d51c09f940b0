package org.collabscreen.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
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

    /** One stem per token (tokens without spaces); a token the analyser drops keeps its own form. */
    static String[] stems(String[] tokens) {
        String[] stems = tokens.clone();
        if (tokens.length == 0) {
            return stems;
        }
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
