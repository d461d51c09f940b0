package org.collabscreen.rulebook;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The matches one screening has already asked its snapshot for, so the engine and the funder frameworks share them.
 * Confined to one thread and one screening; the lists kept are unmodifiable, since several callers read them.
 */
final class ScreeningLookups {

    /** Institution matches by name, country and limit. */
    private final Map<List<Object>, List<InstitutionMatch>> institutions = new HashMap<>();
    /** Programme matches by name and limit. */
    private final Map<List<Object>, List<ProgrammeMatch>> programmes = new HashMap<>();

    private final Map<String, List<ProgrammeMatch>> programmesInText = new HashMap<>();
    private final Map<String, List<CategoryMatch>> categories = new HashMap<>();

    interface InstitutionSearch {
        List<InstitutionMatch> matches(String name, String country, int limit);
    }

    List<InstitutionMatch> institutions(String name, String country, int limit, InstitutionSearch search) {
        return remembered(
                institutions, Arrays.asList(name, country, limit), () -> search.matches(name, country, limit));
    }

    List<ProgrammeMatch> programmes(String name, int limit, Supplier<List<ProgrammeMatch>> search) {
        return remembered(programmes, Arrays.asList(name, limit), search);
    }

    List<ProgrammeMatch> programmesIn(String text, Supplier<List<ProgrammeMatch>> search) {
        return remembered(programmesInText, text, search);
    }

    List<CategoryMatch> categories(String text, Function<String, List<CategoryMatch>> classify) {
        return remembered(categories, text, () -> classify.apply(text));
    }

    private static <K, V> List<V> remembered(Map<K, List<V>> kept, K key, Supplier<List<V>> compute) {
        List<V> found = kept.get(key);
        if (found == null) {
            found = List.copyOf(compute.get());
            kept.put(key, found);
        }
        return found;
    }
}
