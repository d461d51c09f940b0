package org.collabscreen.matching;

import java.text.Normalizer;

/**
 * Normalises names and text for matching: NFKC, look-alike letters folded, case-fold, no diacritics, punctuation as
 * single spaces.
 */
public final class NameNormaliser {

    /** Names and words normalised already: the same ones come back in screening after screening. */
    private static final TextMemo<String> NORMALISED = new TextMemo<>(16_384, 128);

    private NameNormaliser() {}

    /** The normalised, case-folded form of a name; empty for null or blank input. */
    public static String normalise(String text) {
        return normalise(text, true);
    }

    /** Only the script folding step: Traditional Chinese and Japanese kanji variants to Simplified Chinese. */
    static String foldScript(String text) {
        return text == null ? "" : ScriptFolding.fold(text);
    }

    static String normalise(String text, boolean foldCase) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return foldCase ? NORMALISED.get(text, NameNormaliser::caseFolded) : normalised(text, false);
    }

    /** {@link #normalise(String)} worked out afresh, without the memo. */
    static String caseFolded(String text) {
        return normalised(text, true);
    }

    private static String normalised(String text, boolean foldCase) {
        // ASCII is its own NFKC form and has no look-alike, Han or accented letter to fold
        String s = isAscii(text) ? text : folded(text);
        StringBuilder out = new StringBuilder(s.length() + 8);
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isWordChar(cp)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                appendFolded(out, cp, foldCase);
            } else if (cp == '&') {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append("and");
                pendingSpace = true;
            } else if (isJoiner(cp) || (cp == ',' && isDigitAt(s, i - 1) && isDigitAt(s, next))) {
                // apostrophes join (Xi'an -> xian), digit-group commas join (1,000 -> 1000)
                i = next;
                continue;
            } else {
                pendingSpace = true;
            }
            i = next;
        }
        return out.toString();
    }

    private static String folded(String text) {
        String s = ScriptFolding.fold(LookalikeCharacters.fold(Normalizer.normalize(text, Normalizer.Form.NFKC)));
        return isAscii(s) ? s : stripDiacritics(s);
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
    }

    private static boolean isDigitAt(String s, int index) {
        return index >= 0 && index < s.length() && Character.isDigit(s.charAt(index));
    }

    private static void appendFolded(StringBuilder out, int cp, boolean foldCase) {
        if (!foldCase) {
            out.appendCodePoint(cp);
        } else if (cp == 'ß') {
            out.append("ss");
        } else if (cp == 'ς') {
            out.append('σ');
        } else if (cp == 'ё' || cp == 'Ё') {
            out.append('е');
        } else if (cp == '\u064A' || cp == '\u0649') {
            out.append('\u06CC'); // Arabic yeh and alef maksura as Persian yeh
        } else if (cp == '\u0643') {
            out.append('\u06A9'); // Arabic kaf as Persian keheh
        } else {
            out.appendCodePoint(Character.toLowerCase(cp));
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Drops combining marks on Latin, Greek and Arabic letters only: other scripts need theirs. */
    private static String stripDiacritics(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        Character.UnicodeScript baseScript = Character.UnicodeScript.COMMON;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK && isStrippable(baseScript)) {
                continue;
            }
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                baseScript = Scripts.of(cp);
            }
            out.appendCodePoint(cp);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isStrippable(Character.UnicodeScript script) {
        return script == Character.UnicodeScript.LATIN
                || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.ARABIC;
    }
}
