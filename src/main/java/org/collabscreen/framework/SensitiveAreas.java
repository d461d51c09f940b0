package org.collabscreen.framework;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.collabscreen.matching.CategoryEntry;
import org.collabscreen.matching.Classification;
import org.collabscreen.matching.TechnologyClassifier;
import org.collabscreen.rulebook.FrameworkEditionRule;
import org.collabscreen.rulebook.FrameworkEditionRule.SensitiveArea;

/** Classifies research text into a framework edition's own sensitive areas (Canada's STRA sub-categories). */
final class SensitiveAreas {

    private static final int CACHE_LIMIT = 32;
    /** By edition object: a snapshot keeps its editions, so each is compiled once per snapshot (few are ever live). */
    private static final Map<FrameworkEditionRule, TechnologyClassifier> CLASSIFIERS =
            Collections.synchronizedMap(new IdentityHashMap<>());

    private SensitiveAreas() {}

    /** The areas the text is classified into, best first. */
    static List<Classification> classify(FrameworkEditionRule edition, String text) {
        if (CLASSIFIERS.size() > CACHE_LIMIT) {
            CLASSIFIERS.clear();
        }
        return CLASSIFIERS.computeIfAbsent(edition, SensitiveAreas::classifier).classify(text);
    }

    static SensitiveArea area(FrameworkEditionRule edition, String id) {
        return edition.straAreas().stream()
                .filter(area -> area.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    private static TechnologyClassifier classifier(FrameworkEditionRule edition) {
        return new TechnologyClassifier(edition.straAreas().stream()
                .map(area -> new CategoryEntry(area.id(), area.name(), area.keywords()))
                .toList());
    }
}
