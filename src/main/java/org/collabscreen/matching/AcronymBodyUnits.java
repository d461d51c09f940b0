package org.collabscreen.matching;

import java.util.Comparator;
import java.util.List;

/**
 * A segment that starts with the acronym of a listed body, read with the acronym spelt out ("ACR Key Laboratory of X"
 * as "Body's Name Key Laboratory of X"), names that body's listed unit when the reading is all but exactly the unit's
 * name: the unit is then offered at the strength of the segment it is written in, as the name it is, where a university
 * hosting it is named beside it ("…, Host University"). A looser likeness to another unit of the body is no such naming.
 */
final class AcronymBodyUnits {

    /** How close to a unit's name the spelt-out reading must come, before the segment's factor. */
    private static final double NEAR_EXACT = 0.95;

    private AcronymBodyUnits() {}

    static void offer(
            NameIndex<InstitutionEntry> index,
            String spelt,
            InstitutionEntry body,
            double factor,
            List<NameIndex.Target<InstitutionEntry>> targets) {
        BestHits<InstitutionEntry> units = new BestHits<>(factor * NEAR_EXACT, rule -> false);
        index.search(
                spelt,
                factor,
                List.of(new NameIndex.Target<>(rule -> body.id().equals(rule.parentId()), factor * NEAR_EXACT, units)));
        for (BestHits.Hit<InstitutionEntry> unit :
                units.ranked(factor * NEAR_EXACT, Integer.MAX_VALUE, Comparator.comparing(InstitutionEntry::name))) {
            for (NameIndex.Target<InstitutionEntry> target : targets) {
                if (target.accept().test(unit.rule())) {
                    target.hits()
                            .offer(
                                    unit.rule(),
                                    unit.score(),
                                    unit.alias(),
                                    unit.primary(),
                                    unit.searched(),
                                    unit.method(),
                                    unit.aliasName());
                }
            }
        }
    }
}
