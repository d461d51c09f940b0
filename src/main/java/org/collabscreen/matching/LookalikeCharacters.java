package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.ibm.icu.text.SpoofChecker;

/**
 * Look-alike letters (Unicode TR39 confusables, through ICU4J's {@link SpoofChecker} skeletons) in names, so that
 * "Hаrbіn" with two Cyrillic letters reads as "Harbin". Only letters that are out of place are folded: a letter of
 * another script inside a Latin word, or a whole name written in another script with letters that all have a Latin
 * look-alike. Names written in one script, such as 中国科学院 or a Russian name in Cyrillic, stay as they are.
 */
public final class LookalikeCharacters {

    private static final SpoofChecker SPOOF_CHECKER =
            new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE).build();
    private static final Set<Character.UnicodeScript> EAST_ASIAN = EnumSet.of(
            Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA,
            Character.UnicodeScript.KATAKANA,
            Character.UnicodeScript.HANGUL,
            Character.UnicodeScript.BOPOMOFO);
    /**
     * The Latin prototype of a letter, or "" when it has none; per code point, computed once, read from an array in the
     * Basic Multilingual Plane. Threads that race on a slot compute and store the same string.
     */
    private static final String[] BMP_PROTOTYPES = new String[Character.MIN_SUPPLEMENTARY_CODE_POINT];

    private static final ConcurrentMap<Integer, String> SUPPLEMENTARY_PROTOTYPES = new ConcurrentHashMap<>();

    private LookalikeCharacters() {}

    /** The text with out-of-place look-alike letters replaced by the Latin letters they imitate. */
    public static String fold(String text) {
        if (text == null || !hasLookalike(text)) {
            return text;
        }
        Scan scan = scan(text);
        return scan.lookalikes().isEmpty() && !scan.wholeScript() ? text : scan.folded();
    }

    /**
     * What a reviewer should be told when a name mixes scripts within a word or imitates Latin letters with another
     * script's, e.g. {@code "а" (U+0430 CYRILLIC SMALL LETTER A) for "a"}; empty for an ordinary name.
     */
    public static Optional<String> explain(String text) {
        if (text == null || isAscii(text)) {
            return Optional.empty();
        }
        Scan scan = scan(text);
        if (!scan.lookalikes().isEmpty()) {
            return Optional.of("look-alike letters " + String.join(", ", scan.lookalikes()));
        }
        if (scan.mixedWord() != null) {
            return Optional.of("a word mixing scripts: " + scan.mixedWord());
        }
        return Optional.empty();
    }

    private record Scan(String folded, List<String> lookalikes, String mixedWord, boolean wholeScript) {}

    private static Scan scan(String text) {
        if (text == null || isAscii(text)) {
            return new Scan(text, List.of(), null, false);
        }
        boolean wholeScript = imitatesLatinThroughout(text);
        StringBuilder folded = new StringBuilder(text.length());
        List<String> lookalikes = new ArrayList<>();
        String mixedWord = null;
        int i = 0;
        while (i < text.length()) {
            int end = wordEnd(text, i);
            if (end == i) {
                folded.appendCodePoint(text.codePointAt(i));
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            String word = text.substring(i, end);
            Set<Character.UnicodeScript> scripts = scriptsOf(word);
            boolean mixed = scripts.size() > 1 && !EAST_ASIAN.containsAll(scripts);
            if (mixed && mixedWord == null) {
                mixedWord = word;
            }
            boolean foldWord = wholeScript || mixed && scripts.contains(Character.UnicodeScript.LATIN);
            for (int j = 0; j < word.length(); ) {
                int cp = word.codePointAt(j);
                j += Character.charCount(cp);
                String prototype = foldWord && isForeignLetter(cp) ? latinPrototype(cp) : "";
                if (prototype.isEmpty()) {
                    folded.appendCodePoint(cp);
                } else {
                    folded.append(prototype);
                    lookalikes.add(describe(cp, prototype));
                }
            }
            i = end;
        }
        return new Scan(folded.toString(), List.copyOf(lookalikes), mixedWord, wholeScript);
    }

    /** Whether any letter of the text is out of its script's place and imitates a Latin one: else nothing folds. */
    private static boolean hasLookalike(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x80 && isForeignLetter(cp) && !latinPrototype(cp).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A name without Latin letters whose every letter has a Latin look-alike, such as "МІТ" in Cyrillic. */
    private static boolean imitatesLatinThroughout(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            if (!isForeignLetter(cp) || latinPrototype(cp).isEmpty()) {
                return false;
            }
            letters++;
        }
        return letters > 0;
    }

    private static boolean isForeignLetter(int cp) {
        Character.UnicodeScript script = Scripts.of(cp);
        return Character.isLetter(cp)
                && script != Character.UnicodeScript.LATIN
                && script != Character.UnicodeScript.COMMON
                && script != Character.UnicodeScript.INHERITED;
    }

    /**
     * The Latin letters a letter imitates. The lower case goes first because TR39 prototypes are not always the
     * letter a reader sees: the prototype of "I" (and of Cyrillic "І") is "l", that of Cyrillic "і" is "i".
     */
    private static String latinPrototype(int cp) {
        if (cp >= BMP_PROTOTYPES.length) {
            return SUPPLEMENTARY_PROTOTYPES.computeIfAbsent(cp, LookalikeCharacters::prototypeOf);
        }
        String prototype = BMP_PROTOTYPES[cp];
        if (prototype == null) {
            prototype = prototypeOf(cp);
            BMP_PROTOTYPES[cp] = prototype;
        }
        return prototype;
    }

    private static String prototypeOf(int cp) {
        String lower = asciiLetters(skeleton(Character.toLowerCase(cp)));
        return lower.isEmpty() ? asciiLetters(skeleton(cp)) : lower;
    }

    private static String skeleton(int cp) {
        return SPOOF_CHECKER.getSkeleton(new String(Character.toChars(cp)));
    }

    private static String asciiLetters(String text) {
        return !text.isEmpty() && text.chars().allMatch(ch -> ch < 0x80 && Character.isLetter(ch)) ? text : "";
    }

    private static String describe(int cp, String prototype) {
        return "\"" + new String(Character.toChars(cp)) + "\" (U+" + String.format("%04X", cp) + " "
                + Character.getName(cp) + ") for \"" + prototype + "\"";
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (!Character.isLetter(cp)
                    && type != Character.NON_SPACING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static Set<Character.UnicodeScript> scriptsOf(String word) {
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript script = Scripts.of(cp);
                if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                    scripts.add(script);
                }
            }
        }
        return scripts;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
