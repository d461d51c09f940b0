package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Public names of listed entries that the lists themselves do not give, read from a file with the source of each:
 * for institutions ({@code matching/other-names.tsv}) the registered Chinese names of listed Chinese companies and
 * institutes, the Persian names of listed Iranian universities, former names of renamed Chinese universities and
 * Japanese renderings; for talent programmes ({@code matching/other-programme-names.tsv}) the Chinese names of
 * sub-programmes and official short names; and the labels and aliases of listed institutions in the Research
 * Organization Registry ({@code matching/ror-names.tsv}); and the academies, numbered institutes and companies of
 * listed groups that the lists do not name ({@code matching/group-units.tsv}), so a unit resolves to its listed group; and
 * the campuses, graduate schools and institutes of listed universities elsewhere ({@code matching/campuses.tsv}).
 * Each is matched as one more alias of the entry whose listed name (normalised) it is filed under; an entry the
 * rulebook does not list gains nothing.
 */
final class OtherNames {

    static final OtherNames INSTITUTIONS = new OtherNames(
            "matching/other-names.tsv", "matching/ror-names.tsv", "matching/group-units.tsv", "matching/campuses.tsv");
    static final OtherNames PROGRAMMES = new OtherNames("matching/other-programme-names.tsv");

    private final Map<String, List<String>> byListedName;

    private OtherNames(String... files) {
        Map<String, List<String>> names = new HashMap<>();
        for (String file : files) {
            load(file)
                    .forEach((listed, others) -> names.computeIfAbsent(listed, name -> new ArrayList<>())
                            .addAll(others));
        }
        names.replaceAll((name, others) -> List.copyOf(others));
        this.byListedName = Map.copyOf(names);
    }

    /** The other names of the entry listed under this name; empty when the file gives none. */
    List<String> of(String listedName) {
        return byListedName.getOrDefault(NameNormaliser.normalise(listedName), List.of());
    }

    /** How many names the file gives. */
    int size() {
        return byListedName.values().stream().mapToInt(List::size).sum();
    }

    private static Map<String, List<String>> load(String file) {
        Map<String, List<String>> names = new HashMap<>();
        for (String[] columns : TsvResource.rows("/" + file, 3, "a listed name, another name and its source")) {
            names.computeIfAbsent(NameNormaliser.normalise(columns[0]), name -> new ArrayList<>())
                    .add(columns[1].strip());
        }
        return names;
    }
}
