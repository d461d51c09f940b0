package org.collabscreen.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The 20 top-level technology categories, the FLEXIBLE_ELECTRONICS sub-category and their keywords. */
final class TechnologySeed {

    private static final String FLEXIBLE_ELECTRONICS = "FLEXIBLE_ELECTRONICS";
    private static final int POINTS = 35;

    private static final String LISTS = "Regulation (EU) 2021/821 Annex I; US NSTC Critical and Emerging Technologies"
            + " List (Feb 2024); Canada Sensitive Technology Research Areas";
    private static final List<String> FLEXIBLE_KEYWORDS = List.of(
            "flexible electronics",
            "printed electronics",
            "stretchable electronics",
            "wearable sensor",
            "electronic skin",
            "e-skin",
            "organic thin-film transistor",
            "organic electronics",
            "flexible display",
            "flexible substrate",
            "conformal electronics");

    private final Map<String, Set<String>> keywords = new LinkedHashMap<>();
    private final List<RulebookSeedData.Category> categories = new ArrayList<>();

    /** Reads the technology files and returns the categories and keywords. */
    static TechnologySeed load() {
        TechnologySeed seed = new TechnologySeed();
        for (CsvRow row : CsvTable.read("technology_categories.csv")) {
            String code = row.get("category");
            seed.categories.add(new RulebookSeedData.Category(
                    code,
                    TechnologyVocabulary.title(code),
                    null,
                    POINTS,
                    row.get("control_list_refs"),
                    LISTS,
                    row.firstUrl("source")));
            seed.addAll(code, CsvRow.split(row.get("keywords")));
        }
        for (CsvRow row : CsvTable.read("technology_category_mappings.csv")) {
            String code = TechnologyVocabulary.MAPPING_CODES.get(row.get("category_id"));
            if (code != null) {
                seed.addAll(code, row.list("keywords_from_sources"));
            }
            if ("TC-FLEX".equals(row.get("category_id"))) {
                seed.flexibleElectronics(row);
            }
        }
        for (CsvRow row : CsvTable.read("canada_stra_subcategories.csv")) {
            String code = TechnologyVocabulary.STRA_CODES.get(row.get("subcategory_id"));
            if (code == null) {
                throw new IllegalStateException("STRA sub-category without a mapping: " + row.get("subcategory_id"));
            }
            seed.addAll(code, row.list("keywords"));
        }
        return seed;
    }

    List<RulebookSeedData.Category> categories() {
        return List.copyOf(categories);
    }

    List<RulebookSeedData.Keyword> keywords() {
        List<RulebookSeedData.Keyword> rows = new ArrayList<>();
        keywords.forEach((code, words) -> words.forEach(word -> rows.add(new RulebookSeedData.Keyword(code, word))));
        return rows;
    }

    private void flexibleElectronics(CsvRow row) {
        String refs = String.join(
                "; ",
                row.get("eu_annex_i_refs"),
                "US CET 2024 " + row.get("us_cet_2024_refs"),
                "Canada STRA " + row.get("stra_refs"));
        categories.add(new RulebookSeedData.Category(
                FLEXIBLE_ELECTRONICS,
                "Flexible electronics",
                "SEMICONDUCTORS",
                POINTS,
                refs,
                "Analyst mapping under SEMICONDUCTORS (no official list names flexible electronics);"
                        + " curated keywords",
                null));
        addAll(FLEXIBLE_ELECTRONICS, FLEXIBLE_KEYWORDS);
    }

    private void addAll(String code, List<String> raw) {
        Set<String> words = keywords.computeIfAbsent(code, c -> new LinkedHashSet<>());
        for (String keyword : TechnologyVocabulary.clean(raw)) {
            boolean known =
                    words.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).equals(keyword.toLowerCase(Locale.ROOT)));
            if (!known) {
                words.add(keyword);
            }
        }
    }
}
