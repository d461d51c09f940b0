package org.collabscreen.framework;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.collabscreen.matching.CategoryEntry;
import org.collabscreen.matching.Classification;
import org.collabscreen.matching.TechnologyClassifier;
import org.collabscreen.rulebook.FrameworkEditionRule;
import org.collabscreen.rulebook.FrameworkEditionRule.SensitiveArea;

/** Classifies research text into a framework edition's own sensitive areas (Canada's STRA sub-categories). */
final class SensitiveAreas {

    private static final int CACHE_LIMIT = 32;
    /** By edition object: a snapshot keeps its editions, so each is compiled once per snapshot (few are ever live). */
    private static final Map<FrameworkEditionRule, Compiled> COMPILED =
            Collections.synchronizedMap(new IdentityHashMap<>());

    private SensitiveAreas() {}

    /** An edition's areas as a classifier and by id. */
    private record Compiled(TechnologyClassifier classifier, Map<String, SensitiveArea> byId) {

        static Compiled of(FrameworkEditionRule edition) {
            return new Compiled(
                    new TechnologyClassifier(edition.straAreas().stream()
                            .map(area -> new CategoryEntry(area.id(), area.name(), area.keywords()))
                            .toList()),
                    edition.straAreas().stream()
                            .collect(Collectors.toUnmodifiableMap(SensitiveArea::id, area -> area, (a, b) -> a)));
        }
    }

    /** The areas the text is classified into, best first. */
    static List<Classification> classify(FrameworkEditionRule edition, String text) {
        return compiled(edition).classifier().classify(text);
    }

    /** The edition's area of this id, or null. */
    static SensitiveArea area(FrameworkEditionRule edition, String id) {
        return id == null ? null : compiled(edition).byId().get(id);
    }

    private static Compiled compiled(FrameworkEditionRule edition) {
        if (COMPILED.size() > CACHE_LIMIT) {
            COMPILED.clear();
        }
        return COMPILED.computeIfAbsent(edition, Compiled::of);
    }
}
