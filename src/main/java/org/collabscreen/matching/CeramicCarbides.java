package org.collabscreen.matching;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Silicon carbide is a wide-bandgap semiconductor and a structural ceramic: named in a text whose material terms are
 * ceramics or composites ("SiC/SiC ceramic matrix composites", "ZrB2–SiC ultra-high-temperature ceramics", 碳/碳化硅复合材料),
 * it is the ceramic, and counts for no semiconductor. Issue 15, eleventh round.
 */
final class CeramicCarbides {

    /** Silicon carbide as the vocabularies and keywords write it, folded ({@link DisplacingTerms#folded}). */
    private static final Set<String> CARBIDE =
            Set.of("sic", "silicon carbide", "carburo de silicio", "carbure de silicium", "siliziumkarbid", "碳化硅");

    /** Word parts of the material terms that name a ceramic or a composite. */
    private static final List<String> CERAMIC_OR_COMPOSITE =
            List.of("ceram", "composit", "compuesto", "matrice", "matriz", "uhtc", "陶瓷", "复合");

    private CeramicCarbides() {}

    static void resolve(Collection<CategoryEvidence> found) {
        CategoryEvidence semiconductors = byCode(found, "SEMICONDUCTORS");
        CategoryEvidence materials = byCode(found, "ADV_MATERIALS");
        if (semiconductors == null || materials == null || !materials.hasTerms() || !semiconductors.hasTerms()) {
            return;
        }
        boolean onlyCarbide =
                semiconductors.terms().stream().map(DisplacingTerms::folded).allMatch(CARBIDE::contains);
        boolean ceramic = materials.terms().stream()
                .map(DisplacingTerms::folded)
                .anyMatch(term -> CERAMIC_OR_COMPOSITE.stream().anyMatch(term::contains));
        if (onlyCarbide && ceramic) {
            semiconductors.removeTerms(term -> true);
        }
    }

    private static CategoryEvidence byCode(Collection<CategoryEvidence> found, String code) {
        return found.stream()
                .filter(evidence -> evidence.category().code().equals(code))
                .findFirst()
                .orElse(null);
    }
}
