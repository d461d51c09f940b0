package org.collabscreen.matching;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A university's own scheme named like an academy's: Zhejiang University's and Sun Yat-sen University's 百人计划 borrow
 * the name of the Chinese Academy of Sciences' Hundred Talents Program. A programme whose names hold the academy's
 * name (CAS, 中国科学院, 中科院) is not named by a declaration that puts a university's name before the scheme and names
 * no academy ("Zhejiang University Hundred Talents Program", 中山大学“百人计划”), or that names a university after the
 * scheme and "of" ("Hundred Talents Program of Sun Yat-sen University").
 */
final class UniversitySchemes {

    private static final Set<String> ACADEMY_WORDS = Set.of("cas", "academy");

    private static final List<String> HAN_ACADEMY = List.of("科学院", "中科院", "科學院");

    private static final Set<String> UNIVERSITY_WORDS =
            Set.of("university", "universidad", "universite", "universitat", "universita", "daxue");

    private static final List<String> HAN_UNIVERSITY = List.of("大学", "大學");

    private static final List<String> HAN_SCHEME = List.of("计划", "計劃", "計畫", "项目", "工程");

    /**
     * A university's name right before a quoted name: a university quotes its own scheme's name after its own, as
     * 中山大学“百人计划” is written ("Sun Yat-sen University 'Hundred Talents' tenure-track recruitment"); an apostrophe
     * before "s" makes the university's name possessive ("the university's notice") and quotes nothing.
     */
    private static final Pattern QUOTED_AFTER_UNIVERSITY = Pattern.compile(
            "(?iu)\\b(university|universidad|université|universität|università|daxue)\\s*(?:[\"“”«「『]|['‘’](?!s\\b))");

    /** The words a programme's own name may hold between the university and its scheme word ("Hundred Talents"). */
    private static final int GAP = 3;

    /** The words a university's name may have before its university word, after "of" ("Sun Yat-sen University"). */
    private static final int UNIVERSITY_NAME_WORDS = 5;

    /** The Han characters after a university's name that may hold a short scheme name and its scheme word (百人计划). */
    private static final int HAN_WINDOW = 7;

    private UniversitySchemes() {}

    /** Whether the programme, known by these names, is the academy's own. */
    static boolean academys(List<String> programmeNames) {
        return programmeNames.stream().anyMatch(UniversitySchemes::namesAcademy);
    }

    /**
     * Whether the normalised declaration names a university right before its scheme (at most {@link #GAP} words
     * between them, or {@link #HAN_WINDOW} Han characters in {@code hanJoined} holding the scheme word) and names no academy.
     */
    static boolean universityFirst(String input, String normalised, String hanJoined) {
        return declared(input, normalised, hanJoined, false);
    }

    /**
     * Whether the university's name runs straight into the scheme's ("Tianjin University Qiming Program"), not into
     * "of" that makes it a member of the scheme ("participating university of Project 5-100"): then no listed
     * programme, national or the academy's, is the scheme named.
     */
    static boolean ownScheme(String input, String normalised, String hanJoined) {
        if (!declared(input, normalised, hanJoined, true)) {
            return false;
        }
        List<String> segments = AffiliationParts.normalised(AffiliationParts.segments(input));
        if (segments.size() < 2 || Tokens.containsCjk(normalised)) {
            return true;
        }
        // in a declaration of several segments, the university runs into its scheme within one segment, and no other
        // segment writes a scheme word: "Project 5-100 (Ural Federal University competitiveness programme)" names the
        // programme first, "Tomsk Polytechnic University (Russian Academic Excellence Project 5-100)" a university
        // and then the programme
        boolean withinOne = false;
        int withScheme = 0;
        for (String segment : segments) {
            withinOne |= declared(segment, segment, segment, true);
            withScheme += writesSchemeWord(segment) ? 1 : 0;
        }
        return withinOne && withScheme < 2;
    }

    private static boolean writesSchemeWord(String normalisedSegment) {
        for (String word : normalisedSegment.split(" ")) {
            if (ProgrammeVocabulary.INSTANCE.canonical(word).equals("plan")) {
                return true;
            }
        }
        return false;
    }

    private static boolean declared(String input, String normalised, String hanJoined, boolean straight) {
        if (namesAcademy(normalised)) {
            return false;
        }
        if (QUOTED_AFTER_UNIVERSITY.matcher(input).find()) {
            return true;
        }
        for (String university : HAN_UNIVERSITY) {
            int at = hanJoined.indexOf(university);
            if (at >= 0) {
                String after = hanJoined.substring(
                        at + university.length(), Math.min(hanJoined.length(), at + university.length() + HAN_WINDOW));
                if (HAN_SCHEME.stream().anyMatch(after::contains)) {
                    return true;
                }
            }
        }
        String[] words = normalised.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (UNIVERSITY_WORDS.contains(words[i])
                    && !(straight && i + 1 < words.length && words[i + 1].equals("of"))) {
                for (int j = i + 1; j < words.length && j <= i + GAP + 1; j++) {
                    if (ProgrammeVocabulary.INSTANCE.canonical(words[j]).equals("plan")) {
                        return true;
                    }
                }
            }
            if (!straight && ofUniversityAfter(words, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the scheme word at {@code at} is followed by "of" and a university's name ("Hundred Talents Program of
     * Sun Yat-sen University"), as English writes a university's own scheme after its name.
     */
    private static boolean ofUniversityAfter(String[] words, int at) {
        if (at + 1 >= words.length
                || !words[at + 1].equals("of")
                || !ProgrammeVocabulary.INSTANCE.canonical(words[at]).equals("plan")) {
            return false;
        }
        for (int j = at + 2; j < words.length && j <= at + 2 + UNIVERSITY_NAME_WORDS; j++) {
            if (UNIVERSITY_WORDS.contains(words[j])) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesAcademy(String name) {
        String normalised = NameNormaliser.normalise(name);
        return HAN_ACADEMY.stream().anyMatch(normalised::contains)
                || List.of(normalised.split(" ")).stream().anyMatch(ACADEMY_WORDS::contains);
    }
}
