package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Chinese names of PLA bodies, as the lists give them, start with 中国人民解放军 ("Chinese People's Liberation
 * Army") and, for the Strategic Support Force's academies until its dissolution in 2024, 战略支援部队; the bodies
 * themselves write their names without them (海军大连舰艇学院, 火箭军工程大学). Each listed name is also matched without
 * these prefixes, when what is left has seven characters or more: shorter remainders are names that other countries'
 * bodies, other universities or any university's school bear too (国防大学, 外国语学院, 信息工程大学 in 南京信息工程大学).
 */
final class MilitaryPrefixes {

    private static final List<String> PREFIXES = List.of("中国人民解放军", "战略支援部队");
    private static final int MIN_REMAINDER = 7;

    private MilitaryPrefixes() {}

    /** The army's name in English, normalised, as affiliations spell it out around a PLA body's name. */
    private static final Pattern ARMY_IN_ENGLISH = Pattern.compile("\\b(?:chinese )?people ?s liberation army\\b");

    /** Shorter remainders name a body only as a whole segment ({@link ShortMilitaryNames}). */
    private static final int MIN_SHORT_REMAINDER = 4;

    /**
     * The name without all its leading prefixes, when what is left is shorter than the remainders {@link
     * #shorterNames} gives but still four characters or more (航天工程大学, 信息工程大学); else empty.
     */
    static Optional<String> shortRemainder(String name) {
        String rest = name.strip();
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String prefix : PREFIXES) {
                if (rest.startsWith(prefix)) {
                    rest = rest.substring(prefix.length());
                    stripped = true;
                }
            }
        }
        boolean isShort = rest.length() < MIN_REMAINDER && rest.length() >= MIN_SHORT_REMAINDER;
        return isShort && !rest.equals(name.strip()) ? Optional.of(rest) : Optional.empty();
    }

    /**
     * A normalised name that spells out the Chinese People's Liberation Army in English ("Academy of Military Sciences
     * of the Chinese People's Liberation Army"), with the army's name as the lists abbreviate it (PLA); null when it
     * does not spell it out.
     */
    static String armyAbbreviated(String normalised) {
        if (!normalised.contains("liberation")) {
            return null;
        }
        var matcher = ARMY_IN_ENGLISH.matcher(normalised);
        return matcher.find() ? matcher.replaceAll("pla") : null;
    }

    /** Whether a Han name starts with the PLA's name or a force's ("中国人民解放军陆军…"). */
    static boolean isMilitaryHanName(String name) {
        String stripped = name.strip();
        return PREFIXES.stream().anyMatch(stripped::startsWith);
    }

    /** The name without each leading prefix in turn; empty when it starts with none or too little is left. */
    static List<String> shorterNames(String name) {
        List<String> shorter = new ArrayList<>(1);
        String rest = name.strip();
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String prefix : PREFIXES) {
                if (rest.startsWith(prefix) && rest.length() - prefix.length() >= MIN_REMAINDER) {
                    rest = rest.substring(prefix.length());
                    shorter.add(rest);
                    stripped = true;
                }
            }
        }
        return shorter;
    }
}
