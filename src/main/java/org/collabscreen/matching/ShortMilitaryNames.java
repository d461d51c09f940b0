package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PLA bodies whose names without 中国人民解放军 or 战略支援部队 are short (航天工程大学, 信息工程大学) are written so in
 * affiliations, though such a remainder is also part of other names (南京信息工程大学) and {@link MilitaryPrefixes}
 * does not match it inside text. It names the body when it is the first word of a segment, on its own or before a
 * unit's name ("信息工程大学 密码工程学院"), and the input places it in the body's country; so does the short name
 * written after a prefix, whichever one the list gave (战略支援部队信息工程大学 郑州 for 中国人民解放军信息工程大学).
 */
final class ShortMilitaryNames {

    private final Map<String, List<InstitutionEntry>> byName = new HashMap<>();

    ShortMilitaryNames(Map<InstitutionEntry, List<String>> names) {
        names.forEach((rule, all) -> all.forEach(name -> MilitaryPrefixes.shortRemainder(name)
                .map(NameNormaliser::normalise)
                .ifPresent(remainder -> {
                    List<InstitutionEntry> named = byName.computeIfAbsent(remainder, r -> new ArrayList<>(1));
                    if (!named.contains(rule)) {
                        named.add(rule);
                    }
                })));
    }

    /**
     * The first word of a normalised segment, when it is such a short name, or is one written with the prefixes
     * (战略支援部队信息工程大学, whichever prefix the list gave); else null.
     */
    String nameAt(String normalisedSegment) {
        if (byName.isEmpty()) {
            return null;
        }
        int space = normalisedSegment.indexOf(' ');
        String first = space < 0 ? normalisedSegment : normalisedSegment.substring(0, space);
        if (byName.containsKey(first)) {
            return first;
        }
        String remainder = MilitaryPrefixes.shortRemainder(first).orElse(null);
        return remainder != null && byName.containsKey(remainder) ? remainder : null;
    }

    /** The entries a short name names. */
    List<InstitutionEntry> entries(String shortName) {
        return byName.getOrDefault(shortName, List.of());
    }
}
