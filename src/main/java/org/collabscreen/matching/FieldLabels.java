package org.collabscreen.matching;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form's field label before the name it holds ("Industrial partner: Name", "Partner organisation: NAME", "Employer:
 * Name", "Co-funded by Name", a patent's "Applicant: NAME" or "Assignee: Name"): the label is no part of the name, so the segment is read again without it. Only labels
 * that name a partner, an employer or a funder are taken off: a name may itself start with "Industrial" or "Research".
 */
final class FieldLabels {

    private static final Pattern LABELLED = Pattern.compile("(?:(?:industrial|industry|research|academic|project|host"
            + "|lead) )?(?:partner(?: organisation| organization| institution| company)?|employer|employment"
            + "|(?:co ?)?funded by|supported by|(?:current |original )?(?:applicant|assignee|patentee|proprietor)s?)"
            + " ([a-z0-9].*)");

    private FieldLabels() {}

    /** The normalised segment without its leading field label; null when it starts with none. */
    static String withoutLabel(String normalised) {
        Matcher matcher = LABELLED.matcher(normalised);
        return matcher.matches() ? matcher.group(1) : null;
    }
}
