package org.collabscreen.matching;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CV's section heading before what it lists ("Honours: …", "Awards and honors: …", "Distinctions: …"): the heading is
 * no part of the programme's name, and its words would lower the name's score. Only headings of honours and awards are
 * taken off, never a colon after a name ("Thousand Talents Plan: long-term").
 */
final class CvHeadings {

    private static final Pattern HEADED = Pattern.compile("(?iu)^\\s*(?:selected |major |main )?(?:honou?rs|awards"
            + "|distinctions|prizes|recognitions?|fellowships)(?: (?:and|&) (?:honou?rs|awards|distinctions|prizes"
            + "|fellowships))?\\s*:\\s*(\\S.*)$");

    private CvHeadings() {}

    /** The declaration without its leading heading; the declaration itself when it starts with none. */
    static String without(String input) {
        Matcher matcher = HEADED.matcher(input);
        return matcher.matches() ? matcher.group(1) : input;
    }
}
