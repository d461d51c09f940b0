package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The person an institution is named after, read as the surname alone: "named after N.I. Lobachevsky", "имени Н. Э.
 * Баумана" and "A.A. Kharkevich Institute …" name the person by initials that no other form of the name repeats
 * ("Lobachevsky State University", "Bauman Moscow State Technical University"), so the initials of an eponym are
 * dropped, with the words "named after", "imeni" and "im." that introduce it. Initials are one letter, or two where
 * the BGN/PCGN romanisation writes one Russian letter with two ("Yu.A."), and count only in a run followed by a word of
 * three letters or more: after such a word, or at the start of the name. In Russian the surname after "imeni" stands in
 * the genitive ({@link #nominative}).
 */
final class Eponyms {

    private static final Set<String> INTRODUCING = Set.of("imeni", "im", "имени", "им");
    private static final Set<String> UNIT_HEADS = Set.of("institute", "university", "academy", "center");
    private static final int MAX_LEADING_SURNAMES = 2;
    /** The words that name only the Academy after an institute, and its branches: "of RAS", "SB RAS", "of the RAS". */
    private static final Set<String> ACADEMY_WORDS =
            Set.of("of", "the", "ras", "ran", "sb", "ub", "feb", "russian", "academy", "sciences", "science");

    private static final Set<String> DIGRAPH_INITIALS = Set.of("yu", "ya", "ye", "yo", "zh", "kh", "ts", "ch", "sh");
    /** "Named after", and "named by" and "named for", as имени is also rendered ("… named by A.A. Logunov"). */
    private static final Set<String> NAMED_WHAT = Set.of("after", "by", "for");

    private static final int MIN_SURNAME = 3;
    private static final int MIN_GENITIVE = 5;

    private Eponyms() {}

    /**
     * The normalised name without the initials of the persons it is named after, nor the words introducing them;
     * {@code genitive}: the surnames after initials also in the nominative (a Russian name in Latin letters).
     */
    static String withoutInitials(String normalised, boolean genitive) {
        if (!mayNameAPerson(normalised)) {
            return normalised;
        }
        String[] words = normalised.split(" ");
        boolean introduced = false;
        List<String> kept = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (isIntroducing(words, i)) {
                introduced = true;
                if (word.equals("named")) {
                    i++;
                }
                continue;
            }
            int run = initialsAt(words, i);
            if (run > 0 && (introduced || i == 0)) {
                String surname = words[i + run];
                kept.add(genitive && introduced ? nominative(surname) : surname);
                i += run;
                continue;
            }
            kept.add(word);
        }
        return kept.size() == words.length ? normalised : String.join(" ", kept);
    }

    /**
     * The normalised name without the phrase that says whom it is named after ("imeni", its titles, the initials and
     * the surname): "institut fiziki tverdogo tela imeni yu a osipyana ran" is also "institut fiziki tverdogo tela
     * ran", as institutes are often listed without their eponym. The name itself when it has no such phrase.
     */
    static String withoutEponym(String normalised) {
        String[] words = normalised.split(" ");
        List<String> kept = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            if (!isIntroducing(words, i)) {
                kept.add(words[i]);
                continue;
            }
            int end = i + 1;
            while (end < words.length && initialsAt(words, end) == 0) {
                end++;
            }
            if (end == words.length) {
                kept.add(words[i]);
                continue;
            }
            i = end + initialsAt(words, end);
        }
        return kept.size() == words.length ? normalised : String.join(" ", kept);
    }

    /** Whether the name holds a one-letter word or a word that introduces an eponym: most names hold neither. */
    /**
     * The surname, as written, of the person the normalised name says it is named after ("… imeni yu a osipyana ran"
     * → "osipyana"); null when it names no one so.
     */
    static String surnameOf(String normalised) {
        String[] words = normalised.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (isIntroducing(words, i)) {
                for (int end = i + 1; end < words.length; end++) {
                    int run = initialsAt(words, end);
                    if (run > 0) {
                        return words[end + run];
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * A segment that starts with one or two surnames before the word of an institute, a university, an academy or a
     * centre ("Kotelnikov Institute of Radio Engineering …", "Shemyakin Ovchinnikov Institute of …"), as English writes
     * the names of Russian institutes, without them; null for any other segment. The caller asks for Russian context.
     */
    static String withoutLeadingSurnames(String normalised, Vocabulary vocabulary) {
        String[] words = normalised.split(" ");
        for (int k = 1; k <= MAX_LEADING_SURNAMES && k + 2 <= words.length; k++) {
            String word = words[k - 1];
            if (PlaceEvidence.isPlaceWord(word)
                    || Tokens.isNumeric(word)
                    || vocabulary.weight(vocabulary.canonical(word)) < Vocabulary.DISTINCTIVE) {
                return null;
            }
            if (UNIT_HEADS.contains(vocabulary.canonical(words[k]))) {
                return namesMoreThanItsAcademy(words, k + 1)
                        ? String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length))
                        : null;
            }
        }
        return null;
    }

    /**
     * Whether the words from {@code from} on name more than the Academy the institute belongs to: "Zoological Institute
     * RAS" without its first word is only "institute ras", which names no institute, so the word was no surname.
     */
    private static boolean namesMoreThanItsAcademy(String[] words, int from) {
        for (int i = from; i < words.length; i++) {
            if (!ACADEMY_WORDS.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayNameAPerson(String normalised) {
        int start = 0;
        for (int i = 0; i <= normalised.length(); i++) {
            if (i == normalised.length() || normalised.charAt(i) == ' ') {
                int length = i - start;
                if (length == 1 || (length == 2 || length == 5) && isIntroducingWord(normalised.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static boolean isIntroducingWord(String word) {
        return INTRODUCING.contains(word) || word.equals("named");
    }

    private static boolean isIntroducing(String[] words, int i) {
        return INTRODUCING.contains(words[i])
                || (words[i].equals("named") && i + 1 < words.length && NAMED_WHAT.contains(words[i + 1]));
    }

    /** How many initials start at word i and are followed by a surname; 0 when none do. */
    private static int initialsAt(String[] words, int i) {
        int run = 0;
        while (i + run < words.length && isInitial(words, i + run)) {
            run++;
        }
        boolean surnameFollows = i + run < words.length && words[i + run].length() >= MIN_SURNAME;
        return run > 0 && surnameFollows ? run : 0;
    }

    private static boolean isInitial(String[] words, int i) {
        String word = words[i];
        if (word.codePointCount(0, word.length()) == 1) {
            Character.UnicodeScript script = Scripts.of(word.codePointAt(0));
            return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.CYRILLIC;
        }
        // a two-letter initial ("yu" of Yu.A.) only before another initial: "yu" alone may be a word
        return DIGRAPH_INITIALS.contains(word)
                && i + 1 < words.length
                && words[i + 1].codePointCount(0, words[i + 1].length()) == 1;
    }

    /**
     * A Russian surname in the genitive, in Latin letters, in the nominative: "baumana" is Bauman, "lomonosova"
     * Lomonosov, "lobachevskogo" Lobachevsky (the English spelling of -ский).
     */
    static String nominative(String surname) {
        if (surname.length() < MIN_GENITIVE) {
            return surname;
        }
        if (surname.endsWith("skogo")) {
            return surname.substring(0, surname.length() - 3) + "y";
        }
        if (surname.endsWith("a") && !isVowel(surname.charAt(surname.length() - 2))) {
            return surname.substring(0, surname.length() - 1);
        }
        return surname;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
