package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The technology terms taken from the control lists and technology lists that define each category, one file a
 * language under {@code matching/technology/}: category code, term, and the source item the term comes from (list,
 * edition and item number). A term whose category the rulebook does not have is ignored, so retiring a category
 * retires its terms.
 */
final class TechnologyVocabulary {

    /** One term of one category, in one language, with the item of the public text it comes from. */
    record Term(String code, String term, TechnologyLanguage language, String source) {}

    private static final List<Term> TERMS = load();

    private TechnologyVocabulary() {}

    static List<Term> terms() {
        return TERMS;
    }

    private static List<Term> load() {
        List<Term> terms = new ArrayList<>();
        for (TechnologyLanguage language : TechnologyLanguage.values()) {
            String file = "/matching/technology/" + language.tag() + ".tsv";
            for (String[] cells : TsvResource.rows(file, 3, "a code, a term and its source")) {
                terms.add(new Term(cells[0].strip(), cells[1].strip(), language, cells[2].strip()));
            }
        }
        return List.copyOf(terms);
    }
}
