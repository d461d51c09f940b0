package org.collabscreen.matching;

import java.util.List;
import java.util.Set;

/**
 * English names of Chinese universities tell apart, by the form of their technology word, universities of one city
 * whose other words are the same: a "Polytechnic University", a "University of Technology", a "Technological
 * University" and a plain "University" of one city are different bodies (天津工业大学, 天津理工大学; 西安工程大学,
 * 西安工业大学; 厦门大学, 厦门理工学院), though
 * {@link InstitutionVocabulary} folds all three words to "technology". A name the input gives in one form is not taken
 * for a listed university's name in another.
 */
final class TechnologyForms {

    private enum Form {
        /** A university's name without a technology word: Dalian University is not Dalian University of Technology. */
        NONE,
        POLYTECHNIC,
        OF_TECHNOLOGY,
        TECHNOLOGICAL
    }

    private static final Set<String> POLYTECHNIC = Set.of("polytechnic", "polytechnical", "polytech");
    private static final Set<String> TECHNOLOGY = Set.of("technology", "technol", "tech");
    /** The form words long enough that a word a letter away from one is that word misspelt. */
    private static final List<String> LONG_FORMS = List.of("polytechnic", "polytechnical", "technological");

    private static final int MIN_MISSPELT = 10;
    private static final Set<String> UNIVERSITY = Set.of("university", "univ", "daxue");
    /**
     * Words after which the form cannot be told: "University of Science and Technology" is a form of its own, told
     * apart by its subject words already, and the pinyin words for technology (ligong, gongye) render several forms.
     */
    private static final Set<String> UNTOLD = Set.of("science", "sciences", "sci", "ligong", "gongye", "keji", "jishu");

    private TechnologyForms() {}

    /** Whether both normalised names are a university's named with its technology word in different forms. */
    static boolean differ(String searched, String listedName) {
        if (searched == null) {
            return false;
        }
        Form input = formOf(searched);
        Form listed = input == null ? null : formOf(NameNormaliser.normalise(listedName));
        return listed != null && listed != input;
    }

    private static Form formOf(String normalised) {
        String[] words = normalised.split(" ");
        int university = -1;
        Form form = null;
        for (int i = 0; i < words.length; i++) {
            String word = spelt(words[i]);
            if (UNTOLD.contains(word)) {
                return null;
            }
            if (UNIVERSITY.contains(word)) {
                university = i;
            } else if (POLYTECHNIC.contains(word)) {
                form = Form.POLYTECHNIC;
            } else if (word.equals("technological")
                    || word.equals("technol") && i + 1 < words.length && UNIVERSITY.contains(words[i + 1])) {
                // Clarivate writes Technological "Technol" too, before the university word ("Xi'an Technol Univ")
                form = Form.TECHNOLOGICAL;
            } else if (TECHNOLOGY.contains(word) && university >= 0 && form == null) {
                form = Form.OF_TECHNOLOGY;
            }
        }
        return university < 0 ? null : form == null ? Form.NONE : form;
    }

    /** A long form word misspelt by a letter ("polytechnial") as that word; any other word as it is. */
    private static String spelt(String word) {
        if (word.length() < MIN_MISSPELT) {
            return word;
        }
        for (String form : LONG_FORMS) {
            if (Math.abs(form.length() - word.length()) <= 1 && TokenSimilarity.distance(word, form) <= 1) {
                return form;
            }
        }
        return word;
    }
}
