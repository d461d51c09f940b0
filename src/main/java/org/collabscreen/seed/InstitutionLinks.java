package org.collabscreen.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.collabscreen.matching.Acronyms;

/** Links sub-units to their parents: key-file parents and units, 1260H parents, CAS / RAS / AMMS institutes. */
final class InstitutionLinks {

    private static final Set<String> STOP_WORDS = Set.of("of", "and", "the");

    private final InstitutionIndex index;

    InstitutionLinks(InstitutionIndex index) {
        this.index = index;
    }

    /** The key file's `parent` column and its `units`, each unit its own institution under the key institution. */
    void keyParentsAndUnits(List<CsvRow> rows) {
        for (CsvRow row : rows) {
            String country = CountryCodes.iso(row.get("country"));
            InstitutionDraft draft = index.find(country, row.get("canonical_name"));
            if (draft == null) {
                continue;
            }
            if (!row.get("parent").isEmpty()) {
                draft.parent(index.find(country, row.get("parent")));
            }
            for (List<String> unit : unitGroups(row.list("units"))) {
                addUnit(draft, unit);
            }
        }
    }

    /** The 1260H `parent` column, where the parent is itself a known institution. */
    void companyParents(List<CsvRow> rows) {
        for (CsvRow row : rows) {
            List<String> parents = row.list("parent");
            InstitutionDraft child = index.find(CountryCodes.iso(row.get("country")), row.get("name"));
            if (child != null && !parents.isEmpty()) {
                child.parent(index.find(child.country(), parents.get(0)));
            }
        }
    }

    /** Institutes named after the Chinese or Russian Academy of Sciences or the Academy of Military Medical Sciences. */
    void academies() {
        InstitutionDraft cas = index.find("CN", "Chinese Academy of Sciences");
        InstitutionDraft amms = index.find("CN", "Academy of Military Medical Sciences");
        InstitutionDraft ras = null;
        for (InstitutionDraft draft : index.all()) {
            String key = NameKey.of(draft.name());
            if ("CN".equals(draft.country()) && key.contains("chinese academy of sciences") && cas != null) {
                draft.parent(cas);
            } else if ("CN".equals(draft.country()) && key.startsWith("academy of military medical sciences ")) {
                draft.parent(amms);
            } else if ("RU".equals(draft.country()) && isRasInstitute(key)) {
                if (ras == null) {
                    ras = russianAcademy();
                }
                draft.parent(ras);
            }
        }
    }

    private static boolean isRasInstitute(String key) {
        return !key.equals("russian academy of sciences")
                && (key.contains("russian academy of sciences") || key.endsWith(" ras") || key.contains(" ras "));
    }

    private InstitutionDraft russianAcademy() {
        InstitutionDraft ras = index.create("Russian Academy of Sciences", "RU");
        index.alias(ras, "RAS");
        index.alias(ras, "Российская академия наук");
        return ras;
    }

    private void addUnit(InstitutionDraft parent, List<String> names) {
        String country = parent.country();
        InstitutionDraft unit = null;
        for (int i = 0; unit == null && i < names.size(); i++) {
            String name = names.get(i);
            unit = firstFound(country, parent.name() + " " + name, name + " " + parent.name(), name);
        }
        if (unit == null || unit == parent) {
            unit = index.create(names.get(0), country);
        }
        unit.parent(parent);
        for (String name : names) {
            index.alias(unit, name);
        }
    }

    private InstitutionDraft firstFound(String country, String... names) {
        return Arrays.stream(names)
                .map(n -> index.find(country, n))
                .filter(d -> d != null)
                .findFirst()
                .orElse(null);
    }

    /** Splits the `units` cell into one name group per unit: English name, its variants, native names, acronyms. */
    static List<List<String>> unitGroups(List<String> tokens) {
        List<List<String>> groups = new ArrayList<>();
        for (String token : tokens) {
            List<String> current = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            boolean belongs = current != null
                    && (NameForms.hasNonLatinLetters(token)
                            || Acronyms.isAcronym(token)
                            || isVariant(current.get(0), token));
            if (belongs) {
                current.add(token);
            } else {
                groups.add(new ArrayList<>(List.of(token)));
            }
        }
        return groups;
    }

    private static boolean isVariant(String first, String candidate) {
        Set<String> a = stems(first);
        Set<String> b = stems(candidate);
        Set<String> aPlusCity = new HashSet<>(a);
        aPlusCity.add("beijin");
        Set<String> bPlusCity = new HashSet<>(b);
        bPlusCity.add("beijin");
        return aPlusCity.containsAll(b) || bPlusCity.containsAll(a);
    }

    private static Set<String> stems(String name) {
        return Arrays.stream(NameKey.of(name).split(" "))
                .filter(w -> !STOP_WORDS.contains(w))
                .map(w -> w.length() > 6 ? w.substring(0, 6) : w)
                .collect(Collectors.toSet());
    }
}
