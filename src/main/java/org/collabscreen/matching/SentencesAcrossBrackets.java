package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The input's sentences, to read the names in them ({@link NamesInNewsSentences}): its segments ({@link
 * AffiliationParts#segments}), but not cut at round brackets, which inside a sentence place or abbreviate the name
 * before them ("Convenio con la Universidad de Sichuan (Chengdu) para …", "Universidad de Sichuan (SCU) amplía …"): cut
 * there, neither half is long enough to be read as a sentence. {@link NamesInNewsSentences} ends a name at a bracket.
 */
final class SentencesAcrossBrackets {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private SentencesAcrossBrackets() {}

    /** The segments of the input not cut at round brackets; {@code segments} when it holds none. */
    static List<String> of(String input, List<String> segments) {
        if (segments.size() < 2 || input.indexOf('(') < 0 && input.indexOf(')') < 0) {
            return segments;
        }
        List<String> joined = AffiliationParts.segments(input.replace('(', OPEN).replace(')', CLOSE));
        List<String> sentences = new ArrayList<>(joined.size());
        joined.forEach(sentence -> sentences.add(sentence.replace(OPEN, '(').replace(CLOSE, ')')));
        return sentences;
    }
}
