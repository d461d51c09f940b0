package org.collabscreen.seed;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Countries of concern and one designation per basis row (ATAS-exempt nationalities are not concerns). */
final class CountrySeed {

    private final Map<String, RulebookSeedData.Country> countries = new LinkedHashMap<>();
    private final List<RulebookSeedData.CountryDesignation> designations = new ArrayList<>();

    static CountrySeed load() {
        CountrySeed seed = new CountrySeed();
        for (CsvRow row : CsvTable.read("countries_of_concern.csv")) {
            String code = CountryCodes.iso(row.get("country"));
            if (row.get("role_in_framework").contains("ATAS") || code == null) {
                continue;
            }
            seed.countries.putIfAbsent(code, new RulebookSeedData.Country(code, CountryCodes.name(code)));
            String url = row.firstUrl("source_url");
            String basis = row.get("role_in_framework");
            seed.designations.add(
                    new RulebookSeedData.CountryDesignation(code, basis, sourceName(url, row.get("source")), url));
        }
        return seed;
    }

    List<RulebookSeedData.Country> countries() {
        return List.copyOf(countries.values());
    }

    List<RulebookSeedData.CountryDesignation> designations() {
        return List.copyOf(designations);
    }

    private static String sourceName(String url, String source) {
        String host = url == null ? "reference data" : URI.create(url).getHost();
        LocalDate consulted = SourceText.consulted(source);
        return consulted == null
                ? host
                : host + " (consulted " + consulted.toString().substring(0, 7) + ")";
    }
}
