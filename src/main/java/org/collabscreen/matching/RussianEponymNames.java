package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Russian institute named "… имени Г.К. Борескова СО РАН" is listed in English as the "Boreskov Institute of
 * Catalysis", without the Academy (or its branch) it belongs to, with the person it is named after first, or by the
 * acronym Russian builds from the initials of its name and "АН" (Физико-технологический институт РАН is ФТИАН). These
 * are the readings of such a name besides the ones {@link Eponyms} gives.
 */
final class RussianEponymNames {

    /** The Academy, or one of its Siberian, Ural and Far Eastern branches, at the end of a name in Latin letters. */
    private static final Pattern ACADEMY_LATIN = Pattern.compile("(?: (?:so|uro|dvo))? ran$");

    private static final Pattern ACADEMY_CYRILLIC = Pattern.compile("(?: (?:со|уро|дво))? ран$");

    private RussianEponymNames() {}

    /**
     * A segment of a Cyrillic name in Latin letters, normalised, read without its eponym phrase and without the
     * Academy it ends with, in English words, alone and after the eponym's surname; empty when it names no one.
     */
    static List<String> readings(String latinSegment) {
        String without = Eponyms.withoutEponym(latinSegment);
        String surname = Eponyms.surnameOf(latinSegment);
        if (without.equals(latinSegment) || surname == null) {
            return List.of();
        }
        String core = ACADEMY_LATIN.matcher(without).replaceFirst("");
        if (core.isEmpty()) {
            return List.of();
        }
        List<String> readings = new ArrayList<>(2);
        String english = RussianNames.inEnglishWords(core);
        if (!core.equals(without)) {
            readings.add(english);
        }
        readings.add(Eponyms.nominative(surname) + " " + english);
        return readings;
    }

    /**
     * The acronym, in Latin capitals, of a segment in Cyrillic that ends with the Academy and names the person it is
     * named after: the initials of its words but one-letter ones, without the eponym phrase, and "АН" ("FTIAN"), with
     * the person's surname in Latin letters; null for any other segment. Initials are shared by different names
     * (Физико-технический and Физико-технологический институт are both ФТИ), so the acronym stands only for a listed
     * entry that names the same person ({@link AcademyAcronym#namesPerson}).
     */
    private static AcademyAcronym academyAcronym(String cyrillicSegment) {
        String normalised = NameNormaliser.normalise(cyrillicSegment);
        if (!ACADEMY_CYRILLIC.matcher(normalised).find()) {
            return null;
        }
        String surname = Eponyms.surnameOf(NameNormaliser.normalise(Romanisation.cyrillicInLatin(cyrillicSegment)));
        if (surname == null) {
            return null;
        }
        String core =
                ACADEMY_CYRILLIC.matcher(Eponyms.withoutEponym(normalised)).replaceFirst("");
        StringBuilder initials = new StringBuilder();
        for (String word : core.split("[ -]")) {
            if (word.codePointCount(0, word.length()) > 1) {
                initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        if (initials.length() < 2) {
            return null;
        }
        return new AcademyAcronym(
                Romanisation.cyrillicInLatin(initials + "АН").toUpperCase(Locale.ROOT),
                folded(Eponyms.nominative(surname)));
    }

    /** The academy acronyms of the segments of a Cyrillic input, as written; empty when none ends with the Academy. */
    static List<AcademyAcronym> academyAcronyms(List<String> writtenSegments) {
        List<AcademyAcronym> acronyms = new ArrayList<>(1);
        for (String segment : writtenSegments) {
            AcademyAcronym acronym = academyAcronym(segment);
            if (acronym != null) {
                acronyms.add(acronym);
            }
        }
        return acronyms;
    }

    /** BGN/PCGN writes е after a vowel "ye" (Валиев, "Valiyev"), where English names write "e" ("Valiev"). */
    private static String folded(String latin) {
        return latin.replace("ye", "e");
    }

    /** An acronym read from a Cyrillic name, and the surname of the person that name is named after. */
    record AcademyAcronym(String acronym, String surname) {

        /** Whether one of the listed names holds a word that starts with the surname. */
        boolean namesPerson(List<String> names) {
            for (String name : names) {
                for (String word : NameNormaliser.normalise(name).split(" ")) {
                    if (folded(word).startsWith(surname)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
