package org.collabscreen.matching;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Where a listed institution is, for the country gate and the places an input names. A sub-unit listed without a
 * country is in its parent's. A listed company (its listed name ends with a legal form: "Inc.", "Co., Ltd.", "Pty
 * Ltd.", "Corporation", 有限公司; {@link LegalForms}) is in its group's country by the list, but the lists name a group's subsidiaries
 * abroad under the group's country (the US 1260H list's "operating in the United States" section: "Complete Genomics,
 * Inc.", "Cirrus Design Corporation", both "China"), so neither the declared country nor a named place rules it out:
 * its distinctive name must still match.
 */
final class EntryCountries {

    private final Map<UUID, InstitutionEntry> byId;
    private final int maxDepth;
    /** The listed companies, by identity. */
    private final Set<InstitutionEntry> companies = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The other countries an entry's own names place it in, as a campus abroad does ("Xiamen University Malaysia"). */
    private final Map<InstitutionEntry, Set<String>> abroad = new IdentityHashMap<>();

    EntryCountries(Map<UUID, InstitutionEntry> byId, int maxDepth) {
        this.byId = byId;
        this.maxDepth = maxDepth;
    }

    /**
     * Files an entry as a company when its listed name, or a name the list gives it beside ("Hesai Group", also
     * "Hesai Technology Co., Ltd."), ends with a legal form of any country ({@link LegalForms#isCompanyName}).
     */
    void file(InstitutionEntry rule) {
        if (LegalForms.isCompanyName(rule.name()) || rule.aliases().stream().anyMatch(LegalForms::isCompanyName)) {
            companies.add(rule);
        }
    }

    /** Files the countries other than its own that the entry's names name places of. */
    void fileAbroad(InstitutionEntry rule, List<String> names) {
        String own = countryOf(rule);
        for (String name : own == null ? List.<String>of() : names) {
            for (String country : PlaceEvidence.countries(name)) {
                if (!country.equalsIgnoreCase(own)) {
                    abroad.computeIfAbsent(rule, r -> new HashSet<>(2)).add(country);
                }
            }
        }
    }

    /** Whether the entry's listed name is a company's. */
    boolean isCompany(InstitutionEntry rule) {
        return companies.contains(rule);
    }

    /** The entry's country, or its nearest listed ancestor's; null when none has one. */
    String countryOf(InstitutionEntry rule) {
        InstitutionEntry current = rule;
        for (int depth = 0; current != null && depth < maxDepth; depth++) {
            if (current.country() != null) {
                return current.country();
            }
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return null;
    }

    /**
     * The entries a search within the declared country considers (null or blank: all): those of that country, listed
     * companies, and entries one of whose names places them there (a campus abroad).
     */
    Predicate<InstitutionEntry> gate(String country) {
        if (country == null || country.isBlank()) {
            return rule -> true;
        }
        String wanted = country.strip();
        return rule -> {
            String own = countryOf(rule);
            return own == null
                    || own.equalsIgnoreCase(wanted)
                    || companies.contains(rule)
                    || abroad.getOrDefault(rule, Set.of()).contains(wanted);
        };
    }

    /**
     * Whether the places the input names allow this entry: a name that carries no place of its own ("National Defense
     * University", "Institute of Physics") is not taken for a listed entry in another country than every place the
     * input names ("…, Helsinki", "…, Czech Academy of Sciences"). A name that names its own country's place
     * ("Harbin Institute of Technology"), a name in another script, and a listed company are kept wherever the input
     * says it is; so is a name that itself names every place the input names, as a campus abroad does ("Xiamen University
     * Malaysia", "Peking University Oxford Centre").
     */
    boolean placedWhereListed(Set<String> placed, InstitutionEntry rule, String alias, WeightedName aliasName) {
        String country = countryOf(rule);
        if (placed.isEmpty() || country == null || placed.contains(country) || companies.contains(rule)) {
            return true;
        }
        Set<String> named =
                aliasName != null ? PlaceEvidence.countriesIn(aliasName.normalised()) : PlaceEvidence.countries(alias);
        return named.contains(country) || named.containsAll(placed) || !Tokens.isLatin(alias);
    }
}
