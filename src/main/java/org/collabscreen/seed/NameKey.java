package org.collabscreen.seed;

import java.util.regex.Pattern;

import org.collabscreen.matching.NameNormaliser;

/** Matching key for institution and programme names: the matcher's normal form, plus company-suffix stripping. */
final class NameKey {

    private static final Pattern COMPANY_SUFFIX =
            Pattern.compile("( (co|company|corp|corporation|inc|incorporated|ltd|limited|group|holdings|plc|llc))+$");

    private NameKey() {}

    /** The name as {@link NameNormaliser#normalise} gives it, so the seed and the matcher agree on names. */
    static String of(String name) {
        return NameNormaliser.normalise(name);
    }

    /** The key without trailing legal-form words (Co., Ltd., Company…), or the plain key if nothing is left. */
    static String company(String name) {
        String key = of(name);
        String stripped = COMPANY_SUFFIX.matcher(key).replaceAll("");
        return stripped.contains(" ") ? stripped : key;
    }
}
