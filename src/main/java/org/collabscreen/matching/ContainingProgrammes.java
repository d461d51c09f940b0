package org.collabscreen.matching;

import java.util.regex.Pattern;

/**
 * Unlisted programmes whose names hold a listed one's: the Ministry of Personnel's (now of Human Resources and Social
 * Security) New Century Hundred, Thousand and Ten Thousand Talents Project (新世纪百千万人才工程, 1995) holds "Ten Thousand
 * Talents", the National Special Support Program's short name. Its name is read as left out of a declaration before
 * the declaration is matched, so the listed programme is found only where it is named outside it.
 */
final class ContainingProgrammes {

    private static final Pattern NAMES = Pattern.compile(
            "(?iu)(new century )?hundred,? thousand,? and ten thousand talents?( project| program(me)?)?|(新世纪)?百千万人才工程");

    private ContainingProgrammes() {}

    /** The declaration without the names of those programmes; the declaration itself when it names none. */
    static String without(String input) {
        return NAMES.matcher(input).find() ? NAMES.matcher(input).replaceAll(" ") : input;
    }
}
