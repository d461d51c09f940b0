package org.collabscreen.matching;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A few concepts belong to two categories by the lists that define them, whichever of the two lists the term found:
 * post-quantum cryptography is cryptography (Canada's STRA "Cryptography") and quantum information (the US CET list),
 * an optical clock or optical lattice clock is quantum sensing in the CET list as well as timing (where the list names
 * optical atomic clocks, which stay timing). A term naming one ("post-quantum", "criptografía poscuántica",
 * "Post-Quanten-Kryptografie", "quantum-safe"; "optical lattice clock", "horloges optiques", "Gitteruhren") found for either category
 * counts for both, as it was read there (advanced, used as a tool, or studied from outside). Twenty-first round.
 *
 * <p>Twenty-fourth round: a towed or hydrophone array or a sonobuoy is an acoustic sensor (EU 6A001.a.2, Category 6)
 * of marine systems, so it counts for {@code MARINE_UNDERWATER} and {@code SENSING_SURVEILLANCE} alike; a quantum
 * sensor (NV centres, cold atoms, atom interferometers, quantum magnetometers and gravimeters, 量子精密测量; not quantum
 * metrology at large, which the labels keep apart) is quantum
 * sensing in the CET list and a sensor in Canada's STRA ("Atomic Interferometer Sensors" under sensing), so it counts
 * for {@code QUANTUM} and {@code SENSING_SURVEILLANCE} alike, unless the text navigates by it: there the lists put it
 * under positioning and navigation ({@code PNT} found), and the sensing category is not added; and only where the text
 * names what it senses (gravity, a magnetic field, an anomaly, detection, the underground), not where the work is on the
 * quantum system itself (coherence times, diamond growth). Clocks stay timing.
 *
 * <p>Twenty-sixth round: an inter-satellite link is satellite-based communication in the CET list and a part of a
 * satellite system (EU 9A004, the STRA "Satellites"), so it counts for {@code TELECOM_NETWORKS} and
 * {@code AEROSPACE_SPACE} alike; a thermal barrier coating, a material in Canada's STRA, is gas turbine hot-section
 * technology (EU 9E003.a), so it counts for {@code AEROSPACE_SPACE} too, unless the text is on hypersonic flight, where
 * the lists put thermal protection under hypersonics.
 */
final class ConceptsOfTwoCategories {

    private record Concept(Pattern names, String first, String second, Set<String> unless, Pattern cue) {

        Concept(String names, String first, String second) {
            this(names, first, second, Set.of(), "");
        }

        Concept(String names, String first, String second, Set<String> unless, String cue) {
            this(folding(names), first, second, unless, folding(cue));
        }

        private static Pattern folding(String regex) {
            return Pattern.compile(
                    Normalizer.normalize(regex, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
        }

        boolean appliesTo(String foldedText, Map<String, CategoryEvidence> found) {
            return unless.stream()
                            .noneMatch(code ->
                                    found.containsKey(code) && !found.get(code).isEmpty())
                    && cue.matcher(foldedText).find();
        }

        boolean namedBy(KeywordPattern pattern) {
            return names.matcher(DisplacingTerms.folded(pattern.term())).find();
        }
    }

    /** Matched against terms folded as {@link DisplacingTerms#folded}: lower case, no accents or plural s. */
    private static final List<Concept> CONCEPTS = List.of(
            new Concept("\\bpost? ?(quant|cuant|kwant)|\\bquantum (safe|resistant)", "QUANTUM", "CYBER_CRYPTO"),
            new Concept(
                    "\\boptical (lattice )?clock|\\boptische uhr|gitteruhr|\\bhorloge optique"
                            + "|\\bhorloge a reseau optique|\\breloje optico|\\borologi ottici"
                            + "|\\borologi a reticolo ottico|\\brelogio o(p)?tico",
                    "PNT",
                    "QUANTUM"),
            new Concept(
                    "\\btowed|hydrophone array|\\bsonobuoy|hydrofonanordnung|schleppantenne|schleppsonar|sonarboje"
                            + "|remolcad|remorquee|rimorchiat|rebocad|буксируем|гидроакустическ\\S* (антенн|буи)"
                            + "|拖曳|曳航|예인|소노부이|ソノブイ|声[呐纳]浮标|sonoboya|sonoboia|bouee acoustique|boe sonar",
                    "MARINE_UNDERWATER",
                    "SENSING_SURVEILLANCE"),
            new Concept(
                    "inter ?satellit|intersatel|entre satelites|межспутник|星间|衛星間|위성 ?간",
                    "TELECOM_NETWORKS",
                    "AEROSPACE_SPACE"),
            new Concept(
                    "thermal barrier|warmedammschicht|barriere\\S* thermique|barrera termica|barriera termica"
                            + "|barreira termica|термобарьер|热障|遮熱|열차폐|thermische barriere",
                    "ADV_MATERIALS",
                    "AEROSPACE_SPACE",
                    Set.of("HYPERSONICS"),
                    ""),
            new Concept(
                    "^(?!.*(clock|horloge|uhr|reloj|orologi|relogio|часы|часов|钟|鐘|時計|시계|rydberg|里德堡)).*("
                            + "quantum (sens|magnetomet|gravimet)|quanten(sens|magnetomet|gravimet)"
                            + "|capteur quantique|sensore? cuantico|sensori quantistic|sensore? quantico"
                            + "|sensoriamento quantico|квантов\\S* (сенсор|датчик|магнитометр|гравиметр)"
                            + "|量子精密测量|量子传感|量子センサ|量子計測|양자 ?센서|양자 ?센싱"
                            + "|nitrogen vacanc|nv ?(zentr|центр|色心|cent)|氮空位|stickstoff fehlstell|centr\\S* nv"
                            + "|cold atom|kalte atome|kaltatom|atome froid|atomos frio|atomi freddi|холодн\\S* атом|冷原子"
                            + "|atom\\S* interferom|atominterferom|interferom\\S* atomi|атомн\\S* интерферометр|原子干涉"
                            + "|magnetometr\\S* (cuantico|quantique|quantistic|quantico))",
                    "QUANTUM",
                    "SENSING_SURVEILLANCE",
                    Set.of("PNT"),
                    "gravi|magnet|anomal|detect|detecc|detekt|rilev|tunnel|tunel|underground|unterird|untergrund"
                            + "|souterr|subterr|sotterr|гравит|гравиметр|магнит|аномал|обнаружен|подзем"
                            + "|重力|磁|探测|探測|地下|検出|중력|자기|탐지|지하"));

    private ConceptsOfTwoCategories() {}

    static void resolve(String text, Map<String, CategoryEvidence> found, Map<String, CategoryEntry> categories) {
        String folded = DisplacingTerms.folded(text);
        for (Concept concept : CONCEPTS) {
            if (!concept.appliesTo(folded, found)) {
                continue;
            }
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
