package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The items of the control and technology lists that define each category ({@code matching/technology/items.tsv}:
 * category, language, source item, description), each with the vocabulary terms that cite it added to its text; a
 * vocabulary term whose item has no description of its own makes an item of the terms citing it. Read once per
 * process.
 */
final class ControlListItems {

    private static final String FILE = "/matching/technology/items.tsv";
    private static final List<ControlListItem> ITEMS = load();

    private ControlListItems() {}

    static List<ControlListItem> all() {
        return ITEMS;
    }

    private static List<ControlListItem> load() {
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        Map<String, ControlListItem> keys = new LinkedHashMap<>();
        for (String[] cells : rows()) {
            TechnologyLanguage language = TechnologyLanguage.ofTag(cells[1].strip());
            ControlListItem item = new ControlListItem(cells[0].strip(), language, cells[2].strip(), "");
            String key = key(item.code(), language, item.source());
            keys.putIfAbsent(key, item);
            texts.computeIfAbsent(key, k -> new StringBuilder())
                    .append(cells[3].strip())
                    .append(". ");
        }
        for (TechnologyVocabulary.Term term : TechnologyVocabulary.terms()) {
            String key = key(term.code(), term.language(), term.source());
            keys.putIfAbsent(key, new ControlListItem(term.code(), term.language(), term.source(), ""));
            texts.computeIfAbsent(key, k -> new StringBuilder())
                    .append(term.term())
                    .append(". ");
        }
        List<ControlListItem> items = new ArrayList<>(keys.size());
        keys.forEach((key, item) -> items.add(new ControlListItem(
                item.code(),
                item.language(),
                item.source(),
                texts.get(key).toString().strip())));
        return List.copyOf(items);
    }

    private static String key(String code, TechnologyLanguage language, String source) {
        return code + '\t' + language.tag() + '\t' + source;
    }

    private static List<String[]> rows() {
        return TsvResource.rows(FILE, 4, "a code, a language, a source item and a description");
    }
}
