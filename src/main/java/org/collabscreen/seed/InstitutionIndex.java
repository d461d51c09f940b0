package org.collabscreen.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds institution drafts by normalised name or alias within a country; aliases must be unambiguous. */
final class InstitutionIndex {

    private final Map<String, InstitutionDraft> byName = new LinkedHashMap<>();
    private final Map<String, Set<InstitutionDraft>> byAlias = new HashMap<>();

    /** The draft with this primary name, created if absent. */
    InstitutionDraft create(String name, String country) {
        InstitutionDraft draft = byName.computeIfAbsent(
                key(country, NameKey.of(name)), k -> new InstitutionDraft(name.strip(), country));
        register(draft, name);
        return draft;
    }

    /** Adds an alias to the draft and makes it findable. */
    void alias(InstitutionDraft draft, String alias) {
        if (alias != null && !alias.isBlank()) {
            draft.addAlias(alias);
            register(draft, alias);
        }
    }

    /** The draft whose primary name matches, else the only draft with a matching alias, else null. */
    InstitutionDraft find(String country, String name) {
        String plain = NameKey.of(name);
        if (plain.isEmpty()) {
            return null;
        }
        InstitutionDraft draft = byName.get(key(country, plain));
        if (draft == null) {
            draft = unique(byAlias.get(key(country, plain)));
        }
        if (draft == null) {
            draft = unique(byAlias.get(key(country, "c|" + NameKey.company(name))));
        }
        return draft;
    }

    List<InstitutionDraft> all() {
        return new ArrayList<>(byName.values());
    }

    private void register(InstitutionDraft draft, String name) {
        byAlias.computeIfAbsent(key(draft.country(), NameKey.of(name)), k -> new LinkedHashSet<>())
                .add(draft);
        byAlias.computeIfAbsent(key(draft.country(), "c|" + NameKey.company(name)), k -> new LinkedHashSet<>())
                .add(draft);
    }

    private static InstitutionDraft unique(Set<InstitutionDraft> drafts) {
        return drafts != null && drafts.size() == 1 ? drafts.iterator().next() : null;
    }

    private static String key(String country, String nameKey) {
        return (country == null ? "??" : country) + "|" + nameKey;
    }
}
