package org.collabscreen.matching;

import java.util.Optional;

/**
 * The short forms Chinese writes a university's name in: "…科技大学" (university of science and technology) is "…科大"
 * (国防科技大学, 国防科大), when at least two characters name it before those words.
 */
final class HanShortNames {

    private static final String SCIENCE_AND_TECHNOLOGY_UNIVERSITY = "科技大学";
    private static final String SHORT = "科大";
    private static final int MIN_NAMING = 2;

    private HanShortNames() {}

    /** The name's short form; empty when it has none. */
    static Optional<String> of(String name) {
        String stripped = name.strip();
        int naming = stripped.length() - SCIENCE_AND_TECHNOLOGY_UNIVERSITY.length();
        return stripped.endsWith(SCIENCE_AND_TECHNOLOGY_UNIVERSITY) && naming >= MIN_NAMING
                ? Optional.of(stripped.substring(0, naming) + SHORT)
                : Optional.empty();
    }
}
