package org.collabscreen.matching;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PLA unit's cover designator written with the army's name around it ("PLA Unit 63820", "Unit 63820 of the PLA",
 * "Troops 32802 of the People's Liberation Army"): the lists name the unit "Unit 63820", which the army's name only
 * places.
 */
final class MilitaryUnitDesignators {

    private static final Pattern DESIGNATOR =
            Pattern.compile("\\b(?:unit|units|troop|troops) (\\d{5})\\b|\\b(\\d{5}) (?:unit|troops)\\b");

    private static final Pattern ARMY = Pattern.compile("\\b(?:pla|plaaf|plan|plarf|plassf|liberation army)\\b");

    private MilitaryUnitDesignators() {}

    /** The designator as the lists write it ("unit 63820"), normalised; null when the segment names no PLA unit so. */
    static String designator(String normalised) {
        if (!ARMY.matcher(normalised).find()) {
            return null;
        }
        Matcher matcher = DESIGNATOR.matcher(normalised);
        if (!matcher.find()) {
            return null;
        }
        String number = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        String designator = "unit " + number;
        return designator.equals(normalised) ? null : designator;
    }
}
