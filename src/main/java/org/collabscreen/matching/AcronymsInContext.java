package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Acronyms an input gives the context of an institution without naming a country: the first segment before a unit of
 * it ("UESTC, School of Information …", "NUDT, State Key Lab of …", "NUDT, 计算机学院"), also after a Han name it glosses
 * ("电科院 CAEIT — 联合实验室"), and the name after a form's field label or a lead
 * ("Partner: BUAA", "Equipment donated by NUDT"). Such an acronym is read as an institution's, as it is written alone.
 */
final class AcronymsInContext {

    /** A segment that names a unit of a body: its school, college, department, laboratory, institute or centre. */
    private static final Pattern UNIT = Pattern.compile("(?:(?:state|national|provincial|ministerial) )?(?:key )?"
            + "(?:school|college|faculty|department|dept|lab|laboratory|institute|inst|center|centre|division)"
            + " (?:of|for|on) .+|(?:state|national) key (?:lab|laboratory) .+");

    /** A Han name the acronym glosses, before it ("电科院 CAEIT"). */
    private static final Pattern AFTER_HAN_NAME = Pattern.compile("^\\p{IsHan}{2,}\\s+(?=\\p{Lu})");

    private AcronymsInContext() {}

    /**
     * The acronyms the input writes in context: its first segment when an acronym and a later segment names a unit,
     * and each segment's name after a field label ({@link FieldLabels}) or a lead ({@link FreeTextNames#afterLead})
     * when an acronym; empty when none.
     */
    static List<String> of(List<String> written, List<String> normalised) {
        List<String> acronyms = new ArrayList<>(0);
        String first = written.isEmpty()
                ? ""
                : AFTER_HAN_NAME.matcher(written.get(0).strip()).replaceFirst("");
        if (written.size() > 1 && Acronyms.isAcronym(first)) {
            for (int i = 1; i < normalised.size(); i++) {
                if (UNIT.matcher(normalised.get(i)).matches() || HanUnits.isUnitName(normalised.get(i))) {
                    acronyms.add(first);
                    break;
                }
            }
        }
        for (int i = 0; i < written.size(); i++) {
            String labelled = FieldLabels.withoutLabel(normalised.get(i));
            String named =
                    labelled != null ? lastWords(written.get(i), labelled) : FreeTextNames.afterLead(written.get(i));
            if (named != null && Acronyms.isAcronym(named.strip())) {
                acronyms.add(named.strip());
            }
        }
        return acronyms;
    }

    /** As many words of the written segment, from its end, as the normalised rest after the label has. */
    private static String lastWords(String written, String rest) {
        String[] words = written.strip().split("\\s+");
        int count = rest.split(" ").length;
        return count > words.length
                ? null
                : String.join(" ", Arrays.copyOfRange(words, words.length - count, words.length));
    }
}
