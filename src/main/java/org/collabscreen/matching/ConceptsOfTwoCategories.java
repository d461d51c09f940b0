package org.collabscreen.matching;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A few concepts belong to two categories by the lists that define them, whichever of the two lists the term found:
 * post-quantum cryptography is cryptography (Canada's STRA "Cryptography") and quantum information (the US CET list),
 * an optical clock or optical lattice clock is quantum sensing in the CET list as well as timing (where the list names
 * optical atomic clocks, which stay timing). A term naming one ("post-quantum", "criptografía poscuántica",
 * "Post-Quanten-Kryptografie", "quantum-safe"; "optical lattice clock", "horloges optiques", "Gitteruhren") found for either category
 * counts for both, as it was read there (advanced, used as a tool, or studied from outside). Twenty-first round.
 */
final class ConceptsOfTwoCategories {

    private record Concept(Pattern names, String first, String second) {

        boolean namedBy(KeywordPattern pattern) {
            return names.matcher(DisplacingTerms.folded(pattern.term())).find();
        }
    }

    /** Matched against terms folded as {@link DisplacingTerms#folded}: lower case, no accents or plural s. */
    private static final List<Concept> CONCEPTS = List.of(
            new Concept(
                    Pattern.compile("\\bpost? ?(quant|cuant|kwant)|\\bquantum (safe|resistant)"),
                    "QUANTUM",
                    "CYBER_CRYPTO"),
            new Concept(
                    Pattern.compile("\\boptical (lattice )?clock|\\boptische uhr|gitteruhr|\\bhorloge optique"
                            + "|\\bhorloge a reseau optique|\\breloje optico|\\borologi ottici"
                            + "|\\borologi a reticolo ottico|\\brelogio o(p)?tico"),
                    "PNT",
                    "QUANTUM"));

    private ConceptsOfTwoCategories() {}

    static void resolve(Map<String, CategoryEvidence> found, Map<String, CategoryEntry> categories) {
        for (Concept concept : CONCEPTS) {
            Predicate<KeywordPattern> names = concept::namedBy;
            share(found, categories, concept.first(), concept.second(), names);
            share(found, categories, concept.second(), concept.first(), names);
        }
    }

    private static void share(
            Map<String, CategoryEvidence> found,
            Map<String, CategoryEntry> categories,
            String from,
            String to,
            Predicate<KeywordPattern> names) {
        CategoryEvidence source = found.get(from);
        CategoryEntry target = categories.get(to);
        if (source == null || target == null || !source.hasTerm(names)) {
            return;
        }
        found.computeIfAbsent(to, code -> new CategoryEvidence(target)).adopt(source, names);
    }
}
