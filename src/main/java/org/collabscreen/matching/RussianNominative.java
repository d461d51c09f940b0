package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Russian name written in an oblique case after a preposition or a verb ("с Новосибирским государственным
 * университетом", "делегацию Пекинского университета") read in the nominative: Russian inflects only the leading
 * adjectives and the head noun, so those are given their nominative endings and the words after the head (genitives,
 * eponyms, «quoted» names, acronyms) are kept as written.
 */
final class RussianNominative {

    /** An adjective in any case: Московский, государственного, Новосибирским, Центральной, Высшую. */
    private static final Pattern ADJECTIVE =
            Pattern.compile("[\\p{L}-]+(?:ый|ий|ой|ая|яя|ое|ее|ие|ые|ого|его|ому|ему|ым|им|ую|юю|ых|их)");

    private static final Pattern HARD_STEM = Pattern.compile(".*[кгхжшчщ]");

    private RussianNominative() {}

    /** The words in the nominative, joined by spaces. */
    static String of(List<String> words) {
        List<String> read = new ArrayList<>(words);
        for (int i = 0; i < read.size(); i++) {
            String word = read.get(i);
            if (word.startsWith("«") || word.equals(word.toUpperCase()) || word.contains(".")) {
                break;
            }
            if (ADJECTIVE.matcher(word).matches()) {
                read.set(i, adjective(word));
                continue;
            }
            read.set(i, noun(word));
            break;
        }
        return String.join(" ", read);
    }

    private static String adjective(String word) {
        if (word.endsWith("ым")) {
            return cut(word, 2) + "ый";
        }
        if (word.endsWith("им")) {
            return cut(word, 2) + "ий";
        }
        if (word.endsWith("ого") || word.endsWith("ому")) {
            String stem = cut(word, 3);
            return stem + (HARD_STEM.matcher(stem).matches() ? "ий" : "ый");
        }
        if (word.endsWith("его") || word.endsWith("ему")) {
            return cut(word, 3) + "ий";
        }
        if (word.endsWith("ой") || word.endsWith("ую")) {
            return cut(word, 2) + "ая";
        }
        return word;
    }

    private static String noun(String word) {
        if (word.endsWith("ией")) {
            return cut(word, 3) + "ия";
        }
        if (word.endsWith("ии")) {
            return cut(word, 2) + "ия";
        }
        if (word.endsWith("ом")) {
            return cut(word, 2);
        }
        if (word.endsWith("ой")) {
            return cut(word, 2) + "а";
        }
        if (word.endsWith("ы")) {
            return cut(word, 1) + "а";
        }
        if ((word.endsWith("а") || word.endsWith("у"))
                && word.length() > 4
                && !isVowel(word.charAt(word.length() - 2))) {
            return cut(word, 1);
        }
        return word;
    }

    private static boolean isVowel(char letter) {
        return "аеёиоуыэюя".indexOf(Character.toLowerCase(letter)) >= 0;
    }

    private static String cut(String word, int letters) {
        return word.substring(0, word.length() - letters);
    }
}
