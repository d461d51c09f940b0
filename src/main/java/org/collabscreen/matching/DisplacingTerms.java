package org.collabscreen.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A few longer terms say that a term of another category inside them names something else: "directed energy
 * deposition" is additive manufacturing, not directed energy; "MEMS gyroscopes" are navigation, not semiconductors;
 * "superconducting qubits" are quantum computing, not superconducting materials; superconducting nanowire
 * single-photon detectors are quantum technology, not superconducting materials or sensing (twenty-first round);
 * silicon carbide composites and cladding are ceramic composites, not the wide-bandgap semiconductor (twenty-fourth).
 * Where one of them is found, the terms of other categories that it holds as
 * whole words (as written, accents and case aside) no longer count, in whichever language's reading they were found
 * ("energia dirigida" read in Portuguese inside "deposición de energía dirigida"). Most longer terms keep the category
 * of the term inside them ("directed energy weapon" is directed energy too, an AUV is an underwater vehicle), so only
 * the terms listed here displace. Issue 15, eleventh round.
 */
final class DisplacingTerms {

    /** A plural s ending a word of four letters or more. */
    private static final Pattern PLURAL_S = Pattern.compile("(?<=\\p{L}{3})s\\b");

    /** The vocabulary's terms (en, es, fr files and rulebook keywords) that displace. */
    private static final Set<String> DISPLACING = Set.of(
            "directed energy deposition",
            "deposicion de energia dirigida",
            "deposicion por energia dirigida",
            "depot sous energie dirigee",
            "depot de fil sous energie dirigee",
            "mems gyroscopes",
            "mems gyroscope",
            "mems accelerometers",
            "mems accelerometer",
            "mems inertial",
            "superconducting qubits",
            "superconducting transmon",
            "superconducting quantum processors",
            "superconducting nanowire single-photon detectors",
            "superconducting nanowire detectors",
            "detectores de nanohilos superconductores",
            "detecteurs a nanofils supraconducteurs",
            "silicon carbide composites",
            "silicon carbide cladding");

    private static final Set<String> FOLDED =
            DISPLACING.stream().map(DisplacingTerms::folded).collect(Collectors.toUnmodifiableSet());

    private DisplacingTerms() {}

    static void resolve(Collection<CategoryEvidence> found) {
        if (found.size() < 2) {
            return;
        }
        Map<String, List<String>> displacingByCategory = new HashMap<>();
        for (CategoryEvidence evidence : found) {
            evidence.terms().stream()
                    .map(DisplacingTerms::folded)
                    .filter(FOLDED::contains)
                    .forEach(term -> displacingByCategory
                            .computeIfAbsent(evidence.category().code(), code -> new ArrayList<>())
                            .add(" " + term + " "));
        }
        if (displacingByCategory.isEmpty()) {
            return;
        }
        for (CategoryEvidence evidence : found) {
            List<String> displacing = new ArrayList<>();
            displacingByCategory.forEach((code, terms) -> {
                if (!code.equals(evidence.category().code())) {
                    displacing.addAll(terms);
                }
            });
            evidence.removeTerms(term -> heldBy(displacing, folded(term)));
        }
    }

    private static boolean heldBy(List<String> displacing, String term) {
        String word = " " + term + " ";
        return displacing.stream().anyMatch(longer -> longer.contains(word));
    }

    /** Lower case, accents removed, hyphens as spaces, each word without a plural s ("gyroscopes", "gyroscope"). */
    static String folded(String term) {
        String decomposed = Normalizer.normalize(term.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String plain = decomposed.replaceAll("\\p{M}", "").replace('-', ' ').strip();
        return PLURAL_S.matcher(plain).replaceAll("");
    }
}
