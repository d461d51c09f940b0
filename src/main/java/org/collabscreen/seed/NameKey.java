package org.collabscreen.seed;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalised matching key for institution and programme names. */
final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COMPANY_SUFFIX = Pattern.compile(
            "( (co|company|corp|corporation|inc|incorporated|ltd|limited|group|holdings|plc|llc))+$");

    private NameKey() {
    }

    /** NFKC, lower case, no diacritics or punctuation, '&' as 'and', single spaces. */
    static String of(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("&", " and ");
        text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        text = PUNCTUATION.matcher(text).replaceAll(" ");
        return SPACES.matcher(text).replaceAll(" ").trim();
    }

    /** The key without trailing legal-form words (Co., Ltd., Company…), or the plain key if nothing is left. */
    static String company(String name) {
        String key = of(name);
        String stripped = COMPANY_SUFFIX.matcher(key).replaceAll("");
        return stripped.contains(" ") ? stripped : key;
    }
}
