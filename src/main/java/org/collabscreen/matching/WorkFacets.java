package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Secondary categories named by the object of the work: a text already sensitive by some category's own terms that
 * develops something for a platform or in a medium of another category ("gallium nitride amplifiers for
 * helicopters", "quantum links to seabed observatories") advances that category too. Each category's facets are the
 * generic nouns of its platforms, materials, processes and devices, per language, in
 * {@code matching/technology/facets.tsv}: category code, language, facet and the category's defining heading. A facet
 * adds its category at {@link #CONFIDENCE}, below any term's, only where the text has a category found by a term that
 * the work advances, the facet's category has no term of its own in the text, and the facet is not used as a tool of
 * the work nor the text a study of it from outside ({@link ToolUse}, {@link SubjectOfStudy}). The facet is the
 * category's matched term and the heading its source. Only facets that named an expected category on the development
 * sets at least seven times in ten were kept (issue 15, the facets round of 2026-12-03).
 */
final class WorkFacets {

    static final double CONFIDENCE = 0.6;

    /** The least confidence of a category found by a term the work advances: a term used as a tool counts half. */
    private static final double ADVANCED = 0.6;

    /**
     * The tool cues of general-purpose methods ("using", "with", "X-based", "to study") read every facet: a platform
     * or a material the work only uses is not what it advances.
     */
    private static final String TOOL_CUES_OF = "AI";

    /** A facet as its language's analysis writes it: whole words, each form listed ("space" is not "spaces"). */
    private record Facet(String code, String word, String[] words, String source) {}

    private static final Map<TechnologyLanguage, List<Facet>> FACETS = load();

    private WorkFacets() {}

    /** Adds each facet's category to a sensitive text whose work the facet is the object of. */
    static void addTo(
            Map<String, CategoryEvidence> evidence,
            Map<TechnologyLanguage, ReadText> read,
            Map<String, CategoryEntry> categories) {
        boolean sensitive =
                evidence.values().stream().anyMatch(found -> found.hasTerms() && found.confidence() >= ADVANCED);
        if (!sensitive) {
            return;
        }
        read.forEach((language, reading) -> {
            TextTokens tokens = reading.tokens();
            for (Facet facet : FACETS.getOrDefault(language, List.of())) {
                CategoryEntry category = categories.get(facet.code());
                CategoryEvidence found = evidence.get(facet.code());
                if (category == null || found != null && found.hasTerms()) {
                    continue;
                }
                for (int i = 0; i + facet.words().length <= tokens.size(); i++) {
                    int length = facet.words().length;
                    if (Arrays.equals(tokens.lower(), i, i + length, facet.words(), 0, length)
                            && !insideTerm(reading, i)
                            && !ToolUse.at(facet.code(), language, tokens, i, length)
                            && !ToolUse.at(TOOL_CUES_OF, language, tokens, i, length)) {
                        evidence.computeIfAbsent(facet.code(), code -> new CategoryEvidence(category))
                                .describe(new CategoryEvidence.DescribedEvidence(
                                        facet.source(), List.of(facet.word()), CONFIDENCE));
                        break;
                    }
                }
            }
        });
    }

    /**
     * Whether the word continues a term found from the word before: there it qualifies that term's thing ("free-space
     * optics" are not space technology), where a term the facet begins ("underwater gliders") names its platform.
     */
    private static boolean insideTerm(ReadText reading, int i) {
        return i > 0 && reading.covered()[i] && reading.covered()[i - 1];
    }

    private static Map<TechnologyLanguage, List<Facet>> load() {
        String file = "/matching/technology/facets.tsv";
        Map<TechnologyLanguage, List<Facet>> facets = new EnumMap<>(TechnologyLanguage.class);
        for (String[] cells : TsvResource.rows(file, 4, "a code, a language, a facet and its source")) {
            TechnologyLanguage language = TechnologyLanguage.ofTag(cells[1].strip());
            String word = cells[2].strip();
            TextTokens tokens = language == TechnologyLanguage.EN ? TextTokens.of(word) : language.tokens(word);
            if (tokens.size() == 0) {
                throw new IllegalStateException(file + ": a facet of stop words only: " + String.join("\t", cells));
            }
            facets.computeIfAbsent(language, l -> new ArrayList<>())
                    .add(new Facet(cells[0].strip(), word, tokens.lower(), cells[3].strip()));
        }
        facets.replaceAll((language, list) -> List.copyOf(list));
        return facets;
    }
}
