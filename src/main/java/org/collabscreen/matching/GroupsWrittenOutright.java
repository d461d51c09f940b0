package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A listed group the record writes outright ranks above another listed group reached only through one of its units'
 * own names ({@code matching/group-units.tsv}): a unit that changed groups is written beside the group of the record's
 * time ("Luoyang Ship Material Research Institute (725th Institute of CSIC)" is CSIC's, though the institute's own name
 * is filed under CSSC, its group since the 2019 merger). Only groups the file gives units of are compared.
 */
final class GroupsWrittenOutright {

    private static final Map<String, Set<String>> UNIT_NAMES = load();

    private GroupsWrittenOutright() {}

    /**
     * The hits with the first group written outright moved before a group found by a unit's name; else as given. A
     * group whose name is written only inside the unit's name (中国电子 inside 中国电子科技集团公司第五十四研究所) is not
     * written outright.
     */
    static List<BestHits.Hit<InstitutionEntry>> first(List<BestHits.Hit<InstitutionEntry>> ranked, double minScore) {
        if (ranked.size() < 2 || !byUnitName(ranked.get(0))) {
            return ranked;
        }
        for (int i = 1; i < ranked.size(); i++) {
            BestHits.Hit<InstitutionEntry> hit = ranked.get(i);
            if (hit.score() < minScore) {
                break;
            }
            if (hit.rule().parentId() == null
                    && !hit.rule().equals(ranked.get(0).rule())
                    && UNIT_NAMES.containsKey(
                            NameNormaliser.normalise(hit.rule().name()))
                    && !byUnitName(hit)
                    && !NameNormaliser.normalise(ranked.get(0).alias())
                            .contains(NameNormaliser.normalise(hit.alias()))) {
                List<BestHits.Hit<InstitutionEntry>> reordered = new ArrayList<>(ranked);
                reordered.add(0, reordered.remove(i));
                return reordered;
            }
        }
        return ranked;
    }

    private static boolean byUnitName(BestHits.Hit<InstitutionEntry> hit) {
        Set<String> units = UNIT_NAMES.get(NameNormaliser.normalise(hit.rule().name()));
        return units != null && hit.rule().parentId() == null && units.contains(NameNormaliser.normalise(hit.alias()));
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> units = new HashMap<>();
        for (String[] columns :
                TsvResource.rows("/matching/group-units.tsv", 3, "a listed name, another name and its source")) {
            units.computeIfAbsent(NameNormaliser.normalise(columns[0]), group -> new HashSet<>())
                    .add(NameNormaliser.normalise(columns[1]));
        }
        units.replaceAll((group, names) -> Set.copyOf(names));
        return Map.copyOf(units);
    }
}
