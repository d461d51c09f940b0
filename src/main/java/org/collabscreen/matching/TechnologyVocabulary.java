package org.collabscreen.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
            try (InputStream in = TechnologyVocabulary.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("missing vocabulary " + file);
                }
                new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .map(line -> line.split("\t"))
                        .forEach(cells -> terms.add(term(file, cells, language)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(terms);
    }

    private static Term term(String file, String[] cells, TechnologyLanguage language) {
        if (cells.length != 3 || cells[2].isBlank()) {
            throw new IllegalStateException(
                    file + ": every line needs a code, a term and its source: " + String.join(" | ", cells));
        }
        return new Term(cells[0].strip(), cells[1].strip(), language, cells[2].strip());
    }
}
