package org.collabscreen.rulebook;

import java.util.List;

import org.collabscreen.matching.CategoryEntry;

/**
 * A sensitive technology category with the keywords that identify it.
 *
 * @param parentCode the top-level category of a sub-category, else null
 * @param points     dual-use points a confident match contributes
 */
public record TechnologyCategoryRule(
        String code,
        String name,
        String parentCode,
        int points,
        List<String> keywords,
        String controlListRefs,
        RuleSource source) {

    public TechnologyCategoryRule {
        keywords = List.copyOf(keywords);
    }

    /** What the classifier needs of this category. */
    public CategoryEntry toEntry() {
        return new CategoryEntry(code, name, keywords);
    }
}
