package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PLA 学院 is rendered in English as a College, an Institute or an Academy, and the PLA's own and others' renderings
 * of one school differ, before and since the 2017 reform ("Army Aviation College", "Army Aviation Institute", "Army
 * Aviation Academy"): a PLA entry (its Han name starts with the PLA's or a force's name) whose Han name ends in 学院 is
 * also named with each rendering in place of the one its English name uses. An academy of sciences (科学院) is not a
 * 学院. Civilian 学院 are left alone: "College of International Relations" is a school of many universities as well as
 * a university's name.
 */
final class CollegeRenderings {

    private static final Pattern RENDERING = Pattern.compile("\\b(College|Institute|Academy)\\b");
    private static final List<String> RENDERINGS = List.of("College", "Institute", "Academy");

    private CollegeRenderings() {}

    /** The other renderings of an entry's English names, when it is a PLA 学院; else empty. */
    static List<String> of(Collection<String> names) {
        if (names.stream().noneMatch(CollegeRenderings::isCollege)
                || names.stream().noneMatch(MilitaryPrefixes::isMilitaryHanName)) {
            return List.of();
        }
        List<String> renderings = new ArrayList<>(2);
        for (String name : names) {
            Matcher matcher = RENDERING.matcher(name);
            if (!Tokens.isLatin(name) || !matcher.find()) {
                continue;
            }
            String used = matcher.group(1);
            if (matcher.find()) {
                continue;
            }
            for (String other : RENDERINGS) {
                if (!other.equals(used)) {
                    renderings.add(RENDERING.matcher(name).replaceFirst(other));
                }
            }
        }
        return renderings;
    }

    private static boolean isCollege(String name) {
        String stripped = name.strip();
        return stripped.endsWith("学院") && !stripped.endsWith("科学院");
    }
}
