package org.collabscreen.matching;

import java.util.List;

/**
 * A national programme's name written with a province's name in place of "National" ("Guangdong Special Support
 * Program" for the National Special Support Program) names the province's own scheme of that name, as {@link
 * ProvincialSchemes} reads the same in Han script.
 */
final class ProvinceForNational {

    private static final String NATIONAL = "national ";

    /** The words of the name after "National" that the province must stand right before. */
    private static final int WORDS_AFTER = 2;

    private ProvinceForNational() {}

    /** Whether the normalised input writes a province's name right before a "National …" name's next words. */
    static boolean renamedByProvince(String normalised, List<String> programmeNames) {
        String text = " " + normalised + " ";
        for (String name : programmeNames) {
            String written = NameNormaliser.normalise(name);
            if (!written.startsWith(NATIONAL)) {
                continue;
            }
            String[] rest = written.substring(NATIONAL.length()).split(" ");
            if (rest.length < WORDS_AFTER) {
                continue;
            }
            String next = String.join(" ", List.of(rest).subList(0, WORDS_AFTER));
            for (String province : ChineseProvinces.PINYIN) {
                if (text.contains(" " + province + " " + next + " ")) {
                    return true;
                }
            }
        }
        return false;
    }
}
