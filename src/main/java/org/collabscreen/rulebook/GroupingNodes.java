package org.collabscreen.rulebook;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The institutions that only hold listed units together: in no list, under no listed institution, and with every unit
 * under them listed, as the Russian Academy of Sciences is, which the seed creates as the parent of the listed RAS
 * institutes. A name resolving to such a node names nothing listed, so it is never reported as the match; its units
 * keep it as their parent. The Chinese Academy of Sciences, a rulebook entry with unlisted institutes of its own, is
 * not one.
 */
final class GroupingNodes {

    private GroupingNodes() {}

    static Set<UUID> of(List<InstitutionRule> institutions, Map<UUID, InstitutionRule> byId) {
        Map<UUID, Boolean> everyUnitListed = new HashMap<>();
        for (InstitutionRule institution : institutions) {
            if (institution.parentId() != null) {
                everyUnitListed.merge(institution.parentId(), institution.isListed(), Boolean::logicalAnd);
            }
        }
        Set<UUID> nodes = new HashSet<>();
        everyUnitListed.forEach((id, listed) -> {
            if (listed && !listedSelfOrAncestor(byId.get(id), byId)) {
                nodes.add(id);
            }
        });
        return Set.copyOf(nodes);
    }

    private static boolean listedSelfOrAncestor(InstitutionRule institution, Map<UUID, InstitutionRule> byId) {
        Set<UUID> seen = new HashSet<>();
        InstitutionRule current = institution;
        while (current != null && seen.add(current.id())) {
            if (current.isListed()) {
                return true;
            }
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return institution == null;
    }
}
