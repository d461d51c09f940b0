package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Chinese group's subsidiaries are registered under the group's brand: 浪潮集团有限公司's is 浪潮电子信息产业股份有限公司.
 * A listed company whose Han name is a brand and 集团 (with or without its registration form) is found by a Han
 * company name (ending with 公司) that starts with that brand, the longest brand first; the caller reads it only when
 * no name was found.
 */
final class HanBrands {

    private static final List<String> REGISTRATION = List.of("有限责任公司", "股份有限公司", "有限公司", "公司");
    private static final String GROUP = "集团";
    private static final int MIN_BRAND = 2;
    private static final int MAX_BRAND = 8;

    private final Map<String, List<InstitutionEntry>> byBrand = new HashMap<>();

    HanBrands(Map<InstitutionEntry, List<String>> names, EntryCountries countries) {
        names.forEach((rule, all) -> {
            if (!countries.isCompany(rule)) {
                return;
            }
            for (String name : all) {
                String brand = brandOf(NameNormaliser.normalise(name));
                if (brand != null) {
                    List<InstitutionEntry> branded = byBrand.computeIfAbsent(brand, b -> new ArrayList<>(1));
                    if (!branded.contains(rule)) {
                        branded.add(rule);
                    }
                }
            }
        });
    }

    private static String brandOf(String normalised) {
        String name = withoutRegistration(normalised);
        if (!name.endsWith(GROUP) || !Tokens.containsCjk(name) || name.indexOf(' ') >= 0) {
            return null;
        }
        String brand = name.substring(0, name.length() - GROUP.length());
        return brand.length() >= MIN_BRAND ? brand : null;
    }

    private static String withoutRegistration(String normalised) {
        for (String form : REGISTRATION) {
            if (normalised.endsWith(form)) {
                return normalised.substring(0, normalised.length() - form.length());
            }
        }
        return normalised;
    }

    /** The listed companies whose brand a normalised Han company name starts with; empty for any other text. */
    List<InstitutionEntry> companiesOf(String normalisedSegment) {
        if (byBrand.isEmpty()
                || !normalisedSegment.endsWith("公司")
                || normalisedSegment.indexOf(' ') >= 0
                || !Tokens.containsCjk(normalisedSegment)) {
            return List.of();
        }
        String company = withoutRegistration(normalisedSegment);
        for (int end = Math.min(MAX_BRAND, company.length() - 1); end >= MIN_BRAND; end--) {
            List<InstitutionEntry> branded = byBrand.get(company.substring(0, end));
            if (branded != null) {
                return branded;
            }
        }
        return List.of();
    }
}
