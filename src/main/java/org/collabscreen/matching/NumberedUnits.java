package org.collabscreen.matching;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The listed units a group numbers ("14th Research Institute of CETC", "15th Research Institute of CETC"), by their
 * parent and number. An affiliation that names the group and a number ("Nanjing Research Institute of Electronics
 * Technology (CETC 14th Institute)", "… (CETC 15)") names that unit, whatever else its own name says: the unit is
 * offered at the group's score, and ranks above the group as its unit.
 *
 * <p>An entry's own name says which unit it is: an alias that numbers another (a list gives the 46th institute the
 * alias "48 TSNII") does not make the entry that other unit.
 */
final class NumberedUnits {

    private final Map<InstitutionEntry, Map<String, InstitutionEntry>> byParent = new IdentityHashMap<>();
    private final Map<InstitutionEntry, Set<String>> ownNumbers = new IdentityHashMap<>();

    NumberedUnits(Iterable<InstitutionEntry> institutions, Map<UUID, InstitutionEntry> byId) {
        for (InstitutionEntry unit : institutions) {
            InstitutionEntry parent = unit.parentId() == null ? null : byId.get(unit.parentId());
            Set<String> numbers = UnitNumbers.of(NameNormaliser.normalise(unit.name()));
            if (!numbers.isEmpty()) {
                ownNumbers.put(unit, numbers);
            }
            if (parent != null && numbers.size() == 1) {
                byParent.computeIfAbsent(parent, p -> new HashMap<>())
                        .putIfAbsent(numbers.iterator().next(), unit);
            }
        }
    }

    /** Offers the units the input numbers, of the groups already hit at or above the minimum score. */
    void offer(
            Set<String> inputNumbers,
            BestHits<InstitutionEntry> hits,
            double minScore,
            Predicate<InstitutionEntry> gate,
            String input) {
        if (inputNumbers.isEmpty()) {
            return;
        }
        for (Map.Entry<InstitutionEntry, Map<String, InstitutionEntry>> group : byParent.entrySet()) {
            BestHits.Hit<InstitutionEntry> hit = hits.get(group.getKey());
            if (hit == null || hit.score() < minScore) {
                continue;
            }
            for (String number : inputNumbers) {
                InstitutionEntry unit = group.getValue().get(number);
                if (unit != null && gate.test(unit)) {
                    hits.offer(unit, hit.score(), unit.name(), true, input, MatchMethod.NUMBERED_UNIT);
                }
            }
        }
    }

    /** Whether the entry's own name numbers another unit than the input does, whatever alias was matched. */
    boolean numbersAnother(Set<String> inputNumbers, InstitutionEntry entry) {
        return !inputNumbers.isEmpty() && UnitNumbers.differ(inputNumbers, ownNumbers.getOrDefault(entry, Set.of()));
    }
}
