package org.collabscreen.matching;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A lower-case word inside a name read in a Romance-language sentence: an adjective after a subject word, which those
 * languages write in lower case ("Institut de physique appliquée de l'Académie …", "Istituto di fisica applicata
 * dell'Accademia …"). The name goes on through it when a preposition of the name and a capitalised word follow it; cut
 * there, its head ("Institut de physique") would be read as a name of its own and found as another body.
 */
final class AdjectivesInNames {

    /** A preposition elided onto the next word: de l'…, dell'…, d'…. */
    private static final Pattern ELIDED = Pattern.compile("^(?i:d|dell|degl)['’](?=\\p{Lu})");

    private AdjectivesInNames() {}

    /**
     * Whether the lower-case word at {@code i} is followed by a preposition of a name ({@code prepositions}, not an
     * article) and a capitalised word, or by a preposition elided onto one.
     */
    static boolean inName(List<String> words, int i, Set<String> prepositions, Set<String> articles) {
        if (i + 1 >= words.size()) {
            return false;
        }
        String next = words.get(i + 1);
        if (ELIDED.matcher(next).find()) {
            return true;
        }
        String lower = next.toLowerCase(Locale.ROOT);
        if (!Character.isLowerCase(next.charAt(0)) || !prepositions.contains(lower) || articles.contains(lower)) {
            return false;
        }
        if (i + 2 >= words.size()) {
            return false;
        }
        String after = words.get(i + 2);
        int apostrophe = Math.max(after.indexOf('\''), after.indexOf('’'));
        String word = apostrophe >= 0 && apostrophe + 1 < after.length() ? after.substring(apostrophe + 1) : after;
        return Character.isUpperCase(word.charAt(0));
    }
}
