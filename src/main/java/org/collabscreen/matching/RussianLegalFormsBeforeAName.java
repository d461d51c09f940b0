package org.collabscreen.matching;

import java.util.regex.Pattern;

/**
 * A Russian body's affiliation often starts with its legal form in Cyrillic acronyms, the name after it in
 * guillemets: "ФГБОУ ВО «Московский авиационный институт»", "ФГБУН ФИАН", "АО «ЦНИИХМ»"; the federal forms also in
 * Latin letters ("FGBOU VO MAI"); a federal research or scientific centre's status (ФИЦ, ФНЦ) is read as one, alone or
 * after the form ("ФГБУН ФИЦ «…»"). The form (and the level of education after an educational institution's form: ВО,
 * ВПО, ДПО) is no part of the name, which is read without it; so are guillemets round all that is left. An input that
 * is only a form is left as it is.
 */
final class RussianLegalFormsBeforeAName {

    private static final Pattern FORM = Pattern.compile(
            "^(ФГБОУ|ФГАОУ|ФГКВОУ|ФГКОУ|ФГОУ|ГБОУ|ГАОУ|АНОО|АНО(?=\\s+ВО)|ЧОУ|ФГБУН|ФГБНУ|ФГБУ|ФГУП|ФГУ|ФГАУ|ФАУ|ФГКУ|ФКП|ФКУ"
                    + "|ПАО|ОАО|ЗАО|АО|ООО"
                    + "|ФИЦ|ФНЦ|FGBOU|FGAOU|FGKVOU|FGBUN|FGBNU|FGBU|FGUP|FGAU|FGKU)(\\s+(ВО|ВПО|ДПО|VO|VPO))?(\\s+(ФИЦ|ФНЦ))?\\s+");

    private static final Pattern LEVEL = Pattern.compile("ВО|ВПО|ДПО|VO|VPO");

    private RussianLegalFormsBeforeAName() {}

    /** The input without a leading Russian legal form, and without guillemets round the rest; else the input. */
    static String without(String input) {
        var form = FORM.matcher(input);
        if (!form.find()) {
            return input;
        }
        String rest = input.substring(form.end()).strip();
        if (rest.isEmpty() || LEVEL.matcher(rest).matches()) {
            return input;
        }
        return quotedWhole(rest) ? rest.substring(1, rest.length() - 1).strip() : rest;
    }

    /** Whether the text is one quotation in guillemets, the first opening the last closing. */
    private static boolean quotedWhole(String text) {
        if (!text.startsWith("«") || !text.endsWith("»")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '«' ? 1 : c == '»' ? -1 : 0;
            if (depth == 0 && i < text.length() - 1) {
                return false;
            }
        }
        return depth == 0;
    }
}
