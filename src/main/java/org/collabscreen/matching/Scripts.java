package org.collabscreen.matching;

/**
 * {@link Character.UnicodeScript#of} with the Basic Multilingual Plane read from a table built once: the JDK searches
 * its script ranges for every code point, and matching asks for the script of every character of every name and
 * token, which was a tenth of a screening's time. Same answers, supplementary code points still asked of the JDK.
 */
final class Scripts {

    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();
    private static final byte[] BMP = bmp();

    private Scripts() {}

    static Character.UnicodeScript of(int cp) {
        return cp >= 0 && cp < BMP.length ? SCRIPTS[BMP[cp] & 0xFF] : Character.UnicodeScript.of(cp);
    }

    /** Whether {@code text} holds at least one character of {@code script}. */
    static boolean contains(String text, Character.UnicodeScript script) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (of(cp) == script) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static byte[] bmp() {
        if (SCRIPTS.length > 256) {
            throw new IllegalStateException("more scripts than a byte holds: " + SCRIPTS.length);
        }
        byte[] table = new byte[Character.MIN_SUPPLEMENTARY_CODE_POINT];
        for (int cp = 0; cp < table.length; cp++) {
            table[cp] = (byte) Character.UnicodeScript.of(cp).ordinal();
        }
        return table;
    }
}
