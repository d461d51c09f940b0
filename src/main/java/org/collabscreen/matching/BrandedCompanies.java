package org.collabscreen.matching;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A company named by a listed company's one-word brand, other words and a legal form ("Acme Technologies Bremen
 * GmbH", "Acme International Pte. Ltd.", "Acme Electronic Information Industry Co., Ltd."), or by its brand and a city
 * ("Acme-Shenzhen"), is that company's subsidiary, at home or abroad ("Acme Europe B.V.", "Acme France SASU", "Acme
 * International"): the brand is read on its own, and stands only for
 * a listed company. Chinese companies register their names after a city or province ("Shenzhen Acme Technology Co.,
 * Ltd."), so a place before the brand is passed over. A brand is a listed company's name when the lists name it so, or
 * when it is the only distinctive word of one of the company's names ("Acme Group", "Acme Technology Co., Ltd."),
 * filed once per rulebook.
 */
final class BrandedCompanies {

    /** Shorter first words are initials or words that many names share. */
    private static final int MIN_BRAND = 3;

    private static final int MAX_PARENT_DEPTH = 8;

    private static final String NATIONAL = "china";

    private final Map<String, InstitutionEntry> byBrand = new HashMap<>();

    /**
     * Files each listed company (an entry one of whose names ends with a legal form: "Acme Group", also listed as "Acme
     * Technology Co., Ltd.") under the only distinctive word of one of its names; a brand several companies bear is
     * filed under the one of them that all the others belong to, or not at all.
     */
    BrandedCompanies(
            Map<InstitutionEntry, List<String>> names,
            EntryCountries countries,
            Map<UUID, InstitutionEntry> byId,
            Vocabulary vocabulary) {
        Map<String, Set<InstitutionEntry>> bearers = new HashMap<>();
        names.forEach((rule, ruleNames) -> {
            if (countries.isCompany(rule) || ruleNames.stream().anyMatch(LegalForms::isCompanyName)) {
                for (String name : ruleNames) {
                    String brand = onlyDistinctiveWord(NameNormaliser.normalise(name), vocabulary);
                    if (brand != null) {
                        bearers.computeIfAbsent(brand, b -> new LinkedHashSet<>())
                                .add(rule);
                    }
                }
            }
        });
        bearers.forEach((brand, companies) -> {
            InstitutionEntry owner = ownerOfAll(companies, byId);
            if (owner != null) {
                byBrand.put(brand, owner);
            }
        });
    }

    /** The listed company a brand stands for; null when none or several unrelated ones. */
    InstitutionEntry companyOf(String brand) {
        return byBrand.get(brand);
    }

    /** The brand of a normalised segment that names a company by it, when it may be a brand; else null. */
    static String brandOf(String normalised, Vocabulary vocabulary) {
        String[] words = normalised.split(" ");
        int at = 0;
        // "China" starts a national group's name, whose brand is the whole name ("China Construction …")
        while (at + 2 < words.length && PlaceEvidence.isPlaceWord(words[at]) && !NATIONAL.equals(words[at])) {
            at++;
        }
        if (at + 1 >= words.length || !(LegalForms.namesARegisteredCompany(normalised) || onlyPlacesAfter(words, at))) {
            return null;
        }
        String brand = words[at];
        return isBrand(brand, vocabulary) ? brand : null;
    }

    private static boolean onlyPlacesAfter(String[] words, int at) {
        for (int i = at + 1; i < words.length; i++) {
            if (!PlaceEvidence.isPlaceWord(words[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBrand(String word, Vocabulary vocabulary) {
        return word.length() >= MIN_BRAND
                && vocabulary.weight(vocabulary.canonical(word)) >= Vocabulary.DISTINCTIVE
                && Tokens.isLatin(word)
                && !Tokens.isNumeric(word)
                && !PlaceEvidence.isPlaceWord(word);
    }

    private static String onlyDistinctiveWord(String normalised, Vocabulary vocabulary) {
        String brand = null;
        for (String word : normalised.split(" ")) {
            if (PlaceEvidence.isPlaceWord(word)
                    || LegalForms.endsWithForm(word)
                    || vocabulary.weight(vocabulary.canonical(word)) < Vocabulary.DISTINCTIVE) {
                continue;
            }
            if (brand != null || !isBrand(word, vocabulary)) {
                return null;
            }
            brand = word;
        }
        return brand;
    }

    /** The one of the companies every other belongs to (itself or through its parents); null when there is none. */
    static InstitutionEntry ownerOfAll(Set<InstitutionEntry> companies, Map<UUID, InstitutionEntry> byId) {
        for (InstitutionEntry owner : companies) {
            if (companies.stream().allMatch(company -> belongsTo(company, owner, byId))) {
                return owner;
            }
        }
        return null;
    }

    private static boolean belongsTo(
            InstitutionEntry company, InstitutionEntry owner, Map<UUID, InstitutionEntry> byId) {
        InstitutionEntry current = company;
        for (int depth = 0; current != null && depth < MAX_PARENT_DEPTH; depth++) {
            if (current == owner) {
                return true;
            }
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return false;
    }
}
