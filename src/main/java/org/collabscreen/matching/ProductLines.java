package org.collabscreen.matching;

import java.util.Set;

/**
 * A listed company named by its brand before its products, as procurement records, invoices and supplier lists write
 * it ("Acme servers", "Acme X25-G module", "Acme Robotics H1 humanoid"): the brand, then only words of a product line,
 * model designators (a word with a digit) and places. The brand stands for the company only when a listed company is
 * known by it ({@link BrandedCompanies}), and, being weaker evidence than a name, is read only where nothing was found.
 */
final class ProductLines {

    /** Words of the product lines listed companies sell, and of the records that name them. */
    private static final Set<String> PRODUCT_WORDS = Set.of(
            "server",
            "servers",
            "module",
            "modules",
            "modem",
            "modems",
            "router",
            "routers",
            "switches",
            "drone",
            "drones",
            "camera",
            "cameras",
            "robot",
            "robots",
            "robotics",
            "humanoid",
            "quadruped",
            "chip",
            "chips",
            "gateway",
            "workstation",
            "workstations",
            "lidar",
            "handset",
            "handsets",
            "nvr",
            "dvr",
            "firmware",
            "storage",
            "terminal",
            "terminals");

    private ProductLines() {}

    /**
     * The brand of a normalised segment that is a brand before product words, models and places, or null: at least one
     * product word must follow, so a brand beside a place alone stays {@link BrandedCompanies}' reading.
     */
    static String brandOf(String normalised) {
        String[] words = normalised.split(" ");
        if (words.length < 2 || !Tokens.isLatin(words[0]) || Tokens.isNumeric(words[0])) {
            return null;
        }
        boolean product = false;
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            if (PRODUCT_WORDS.contains(word)) {
                product = true;
            } else if (!isModel(word) && !PlaceEvidence.isPlaceWord(word)) {
                return null;
            }
        }
        return product ? words[0] : null;
    }

    /**
     * A model designator or a part of one: letters and digits, at least one digit, at most eight characters ("g1",
     * "eg25"), or the lone letter of a suffix ("EG25-G").
     */
    private static boolean isModel(String word) {
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true;
        }
        if (word.isEmpty() || word.length() > 8) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return digit;
    }
}
