package org.collabscreen.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Russian bodies are listed by acronyms that start with the acronyms of their legal form and kind ("FGU FNTS NIISI RAN":
 * federal state institution, federal scientific centre), which their own affiliations leave out ("НИИСИ РАН"). A listed
 * name made only of acronyms is also known without those leading ones, and, when it ends with the Academy's acronym,
 * with the Academy in the English words a Cyrillic name is read in ({@link RussianNames}).
 */
final class RussianLegalForms {

    /** Legal forms and kinds, in the transliterations and translations the lists use. */
    private static final Set<String> FORMS = Set.of(
            "FGU", "FGUP", "FGBU", "FGBUN", "FGAOU", "FGBOU", "FNTS", "FNC", "FITS", "FIC", "FSI", "FSC", "FSUE",
            "FSBI", "ANO", "AO", "OAO", "PAO", "ZAO", "OOO", "JSC", "OJSC", "PJSC", "NRC", "FRC", "CONCERN", "FGBNU",
            "FGAU", "FAU", "FGKU", "FGKVOU", "VO", "NITS");

    private static final int MAX_ACRONYM = 7;

    /**
     * The same legal forms written out in English, as the lists translate ФГБУН, ФГБУ, ФГУП, ФГУ, ФГБНУ, longest
     * first: affiliations leave them out as they leave out the acronyms.
     */
    private static final List<String> WRITTEN_FORMS = List.of(
            "federal state budgetary institution of science ",
            "federal state budgetary scientific institution ",
            "federal state budgetary institution ",
            "federal state budgetary institute ",
            "federal state unitary enterprise ",
            "federal state institution ",
            "joint stock company concern ",
            "joint stock company ");

    /** The status of a federal research or scientific centre (ФИЦ, ФНЦ), written before the centre's own name. */
    private static final List<String> WRITTEN_KINDS = List.of("federal research center ", "federal scientific center ");

    private RussianLegalForms() {}

    /**
     * A normalised name without the legal-form acronyms and kind words it starts with ("jsc gosniimash" → "gosniimash",
     * "jsc concern mpo gidropribor" → "mpo gidropribor") and without one it ends with ("gidropribor concern").
     */
    static String withoutLeadingForms(String normalised) {
        String rest = normalised;
        int space = rest.indexOf(' ');
        while (space > 0 && FORMS.contains(rest.substring(0, space).toUpperCase(Locale.ROOT))) {
            rest = rest.substring(space + 1);
            space = rest.indexOf(' ');
        }
        int last = rest.lastIndexOf(' ');
        if (rest.equals(normalised)
                && last > 0
                && FORMS.contains(rest.substring(last + 1).toUpperCase(Locale.ROOT))) {
            return rest.substring(0, last);
        }
        return rest;
    }

    /**
     * A listed name that starts with a legal form written out in English ("Federal State Budgetary Institution of
     * Science …"), without it and without the status of a federal centre that may follow it, normalised. The branch and
     * Academy after the name are kept: without them many names are generic ("Institute of Molecular and Cell Biology"
     * is also Singapore's). Empty when the name starts with no such form.
     */
    static List<String> withoutWrittenForms(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        String form =
                WRITTEN_FORMS.stream().filter(lower::startsWith).findFirst().orElse(null);
        if (form == null) {
            return List.of();
        }
        String rest = name.strip().substring(form.length()).strip();
        String restLower = rest.toLowerCase(Locale.ROOT);
        for (String kind : WRITTEN_KINDS) {
            if (restLower.startsWith(kind) && restLower.indexOf(' ', kind.length()) > 0) {
                rest = rest.substring(kind.length()).strip();
                break;
            }
        }
        return List.of(NameNormaliser.normalise(rest));
    }

    /**
     * The listed name without its leading legal-form acronyms, normalised, and in English words; empty when it has
     * none or is not all acronyms.
     */
    static List<String> withoutForms(String name) {
        String[] words = name.strip().split("\\s+");
        for (String word : words) {
            if (word.length() > MAX_ACRONYM || word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
                return List.of();
            }
        }
        int start = 0;
        while (start < words.length - 1 && FORMS.contains(words[start])) {
            start++;
        }
        if (start == 0) {
            return List.of();
        }
        String shorter = NameNormaliser.normalise(String.join(" ", Arrays.copyOfRange(words, start, words.length)));
        return shorter.endsWith(" ran") ? List.of(shorter, RussianNames.inEnglishWords(shorter)) : List.of(shorter);
    }
}
