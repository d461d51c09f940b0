package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits German compounds into known words, those of the vocabulary's terms and of the control-list items
 * ("Halbleiterlithografie" into "Halbleiter" and "Lithografie"), so that a term or an item's word matches inside a
 * compound the text wrote as one word. Works on stems: a part's stem lost the ending that reappears as the compound's
 * linking element, so the linking elements below also cover those endings. Stems are short ("Laser" is "las", "Faser"
 * is "fas"), so a part may have three letters, as long as it is a known word. A word that is itself known is never
 * split.
 */
final class CompoundSplitter {

    private static final int MIN_PART = 3;
    /** A known part of a compound whose other part is unknown must be longer, lest "kreis" be found in "Kreisel". */
    private static final int MIN_LOOSE_PART = 5;

    private static final List<String> LINKERS = List.of("", "s", "es", "n", "en", "er", "e", "ns", "ie");

    private final Set<String> words;

    CompoundSplitter(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    TextTokens split(TextTokens tokens) {
        List<String> out = new ArrayList<>(tokens.size() + 4);
        boolean changed = false;
        for (String stem : tokens.stems()) {
            List<String> parts = words.contains(stem) ? null : parts(stem, 0);
            if (parts == null && !words.contains(stem)) {
                parts = knownHeadOrModifier(stem);
            }
            if (parts == null) {
                out.add(stem);
            } else {
                out.addAll(parts);
                changed = true;
            }
        }
        if (!changed) {
            return tokens;
        }
        String[] stems = out.toArray(String[]::new);
        return new TextTokens(stems, stems, stems);
    }

    /**
     * A compound that does not split into known words only: its head, the last part, a known word of at least
     * {@link #MIN_LOOSE_PART} letters ("Schleppsonar" is a kind of sonar), else its first part one ("Drohnenschwärme"
     * are drones); the other part stays as written. Null when neither is known.
     */
    private List<String> knownHeadOrModifier(String word) {
        for (int start = MIN_PART; start <= word.length() - MIN_LOOSE_PART; start++) {
            String tail = word.substring(start);
            if (words.contains(tail)) {
                return List.of(word.substring(0, start), tail);
            }
        }
        for (int end = word.length() - MIN_PART; end >= MIN_LOOSE_PART; end--) {
            String head = word.substring(0, end);
            if (!words.contains(head)) {
                continue;
            }
            for (String linker : LINKERS) {
                if (word.startsWith(linker, end) && word.length() - end - linker.length() >= MIN_PART) {
                    return List.of(head, word.substring(end + linker.length()));
                }
            }
        }
        return null;
    }

    /** The parts of {@code word}, each a vocabulary word, or null when it cannot be split into them. */
    private List<String> parts(String word, int depth) {
        if (depth > 3) {
            return null;
        }
        for (int end = word.length() - MIN_PART; end >= MIN_PART; end--) {
            String head = word.substring(0, end);
            if (!words.contains(head)) {
                continue;
            }
            for (String linker : LINKERS) {
                if (!word.startsWith(linker, end)) {
                    continue;
                }
                String tail = word.substring(end + linker.length());
                if (tail.length() < MIN_PART) {
                    continue;
                }
                if (words.contains(tail)) {
                    return List.of(head, tail);
                }
                List<String> rest = parts(tail, depth + 1);
                if (rest != null) {
                    List<String> all = new ArrayList<>(rest.size() + 1);
                    all.add(head);
                    all.addAll(rest);
                    return all;
                }
            }
        }
        return null;
    }
}
