package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other readings of one normalised segment of an affiliation, each searched beside the segment: abbreviations and
 * renderings that no word-for-word folding of {@link InstitutionVocabulary} reaches.
 */
final class SegmentReadings {

    private static final Pattern OWNED = Pattern.compile(
            "((?:[a-z]+ ){1,3}(?:academy|university|institute|college|school)) of the [a-z]+(?: [a-z]+)+");

    /** The words that start a school or faculty written after the name of the body it belongs to. */
    private static final String[] SCHOOL_HEADS = {" school of ", " faculty of "};

    /** A numbered institute's number and the word "Central" before "scientific research". */
    private static final Pattern NUMBERED_CENTRAL =
            Pattern.compile("(\\d{1,3}(?:st|nd|rd|th)?) central (?=(?:scientific )?research )");

    /** The words between a company's legal name and its trade name. */
    private static final String[] TRADE_NAME = {" dba ", " d b a ", " doing business as ", " trading as "};

    /** The most words a body's name before its school is taken to have. */
    private static final int MAX_HOST_WORDS = 6;

    private SegmentReadings() {}

    /**
     * The segment with Web of Science abbreviations spelt out ({@link WebOfScienceReadings}), the Spanish "china" read
     * as Chinese ({@link SpanishAdjectives}), the army's English name read as PLA ({@link MilitaryPrefixes}), a PLA or
     * CAPF owner after a body in the lists' order ({@link MilitaryOwners}), without a form's field label ({@link
     * FieldLabels}), a defence key laboratory's own English name in the lists' form ({@link DefenceKeyLaboratories}), a
     * PLA unit's designator without the army's name ({@link MilitaryUnitDesignators}), without the Russian legal-form
     * and kind words it starts or ends with ("NRC Name", "JSC Name", "Name Concern", {@link RussianLegalForms}), without
     * the school or faculty it names after its body ({@link #beforeItsSchool}), a company's legal name before its trade
     * name ({@link #beforeItsTradeName}), a numbered institute without "Central" ({@link #numberedWithoutCentral}) and
     * "R&D" spelt out ({@link ResearchAndDevelopment});
     * empty when none applies.
     */
    static List<String> respelt(String normalised) {
        List<String> readings = new ArrayList<>(1);
        String withoutForms = RussianLegalForms.withoutLeadingForms(normalised);
        for (String reading : new String[] {
            WebOfScienceReadings.spelt(normalised),
            SpanishAdjectives.read(normalised),
            MilitaryPrefixes.armyAbbreviated(normalised),
            MilitaryOwners.inListedOrder(normalised),
            FieldLabels.withoutLabel(normalised),
            DefenceKeyLaboratories.asKeyLaboratory(normalised),
            MilitaryUnitDesignators.designator(normalised),
            withoutForms.equals(normalised) || withoutForms.isEmpty() ? null : withoutForms,
            beforeItsSchool(normalised),
            beforeItsTradeName(normalised),
            numberedWithoutCentral(normalised),
            ResearchAndDevelopment.spelt(normalised)
        }) {
            if (reading != null) {
                readings.add(reading);
            }
        }
        return readings;
    }

    /**
     * A numbered Russian institute written with "Central" ("33rd Central Scientific Research and Testing Institute", or
     * "Research" alone, {@link RussianInstituteRenderings}),
     * without it: ЦНИИ and НИИ of one number are written both ways, and the lists keep one; null when the segment is
     * not written so.
     */
    static String numberedWithoutCentral(String normalised) {
        Matcher matcher = NUMBERED_CENTRAL.matcher(normalised);
        return matcher.lookingAt() ? matcher.group(1) + " " + normalised.substring(matcher.end()) : null;
    }

    /**
     * A company's name before the trade name it does business as ("Name Corporation dba Brand Aircraft"): the listed
     * name is the legal one; null when the segment gives no trade name.
     */
    static String beforeItsTradeName(String normalised) {
        for (String as : TRADE_NAME) {
            int at = normalised.indexOf(as);
            if (at > 0) {
                return normalised.substring(0, at);
            }
        }
        return null;
    }

    /**
     * A segment naming a body and then one of its schools or faculties in one phrase ("phystech school of applied
     * mathematics", "widget university faculty of physics"): the body's name, of one to six words and not only a place;
     * null when the segment is not written so.
     */
    static String beforeItsSchool(String normalised) {
        for (String head : SCHOOL_HEADS) {
            int at = normalised.indexOf(head);
            if (at > 0) {
                String host = normalised.substring(0, at);
                int words = host.split(" ").length;
                return words <= MAX_HOST_WORDS && !PlaceEvidence.isOnlyPlace(host) ? host : null;
            }
        }
        return null;
    }

    /**
     * A Latin segment without the person it says it is named after and the legal-form acronyms it starts with ("JSC
     * Name named after V.V. Person" → "name"); null when it names no one so.
     */
    static String withoutEponym(String normalised) {
        if (!normalised.contains(" named after ")
                && !normalised.contains(" named by ")
                && !normalised.contains(" named for ")) {
            return null;
        }
        String unnamed = Eponyms.withoutEponym(normalised);
        return unnamed.equals(normalised) || unnamed.isEmpty() ? null : RussianLegalForms.withoutLeadingForms(unnamed);
    }

    /**
     * A segment naming a body and then the one it belongs to ("widget academy of the ruritanian armed forces"): the
     * body's own name, of two to four words and ending with an academy, university, institute, college or school word,
     * to be looked up exactly; null when the segment is not written so.
     */
    static String beforeItsOwner(String normalised) {
        Matcher matcher = OWNED.matcher(normalised);
        return matcher.matches() ? matcher.group(1) : null;
    }
}
