package org.collabscreen.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Category titles, the hand mapping of STRA sub-categories to top-level codes, and keyword clean-up. */
final class TechnologyVocabulary {

    static final Map<String, String> MAPPING_CODES = Map.of("TC-SEMI", "SEMICONDUCTORS", "TC-MAT", "ADV_MATERIALS");

    static final Map<String, String> STRA_CODES = Map.ofEntries(
            Map.entry("advanced-communications", "TELECOM_NETWORKS"),
            Map.entry("next-gen-networks", "TELECOM_NETWORKS"),
            Map.entry("advanced-computing", "ADV_COMPUTING"),
            Map.entry("data-storage", "ADV_COMPUTING"),
            Map.entry("cryptography", "CYBER_CRYPTO"),
            Map.entry("cyber-security", "CYBER_CRYPTO"),
            Map.entry("distributed-ledger", "CYBER_CRYPTO"),
            Map.entry("microelectronics", "SEMICONDUCTORS"),
            Map.entry("advanced-semiconductor-manufacturing", "SEMICONDUCTORS"),
            Map.entry("ai-chipsets", "SEMICONDUCTORS"),
            Map.entry("mems-nems", "SEMICONDUCTORS"),
            Map.entry("advanced-energy-storage", "ADV_ENERGY"),
            Map.entry("wireless-power-transfer", "ADV_ENERGY"),
            Map.entry("advanced-nuclear", "NUCLEAR"),
            Map.entry("augmented-conventional-materials", "ADV_MATERIALS"),
            Map.entry("auxetic-materials", "ADV_MATERIALS"),
            Map.entry("high-entropy-materials", "ADV_MATERIALS"),
            Map.entry("metamaterials", "ADV_MATERIALS"),
            Map.entry("multifunctional-smart-materials", "ADV_MATERIALS"),
            Map.entry("nanomaterials", "ADV_MATERIALS"),
            Map.entry("superconducting-materials", "ADV_MATERIALS"),
            Map.entry("two-dimensional-materials", "ADV_MATERIALS"),
            Map.entry("powder-materials-additive-manufacturing", "ADV_MANUFACTURING"),
            Map.entry("additive-manufacturing", "ADV_MANUFACTURING"),
            Map.entry("critical-materials-manufacturing", "ADV_MANUFACTURING"),
            Map.entry("four-dimensional-printing", "ADV_MANUFACTURING"),
            Map.entry("nano-manufacturing", "ADV_MANUFACTURING"),
            Map.entry("2d-materials-manufacturing", "ADV_MANUFACTURING"),
            Map.entry("advanced-biometric-recognition", "SENSING_SURVEILLANCE"),
            Map.entry("advanced-radar", "SENSING_SURVEILLANCE"),
            Map.entry("atomic-interferometer-sensors", "SENSING_SURVEILLANCE"),
            Map.entry("cross-cueing-sensors", "SENSING_SURVEILLANCE"),
            Map.entry("electric-field-sensors", "SENSING_SURVEILLANCE"),
            Map.entry("imaging-optical-sensors", "SENSING_SURVEILLANCE"),
            Map.entry("magnetic-field-sensors", "SENSING_SURVEILLANCE"),
            Map.entry("side-scan-sonar", "SENSING_SURVEILLANCE"),
            Map.entry("synthetic-aperture-sonar", "SENSING_SURVEILLANCE"),
            Map.entry("underwater-sensor-network", "MARINE_UNDERWATER"),
            Map.entry("pnt-technology", "PNT"),
            Map.entry("space-based-pnt", "PNT"),
            Map.entry("advanced-weapons-general", "ADV_WEAPONS"),
            Map.entry("advanced-wind-tunnels", "AEROSPACE_SPACE"),
            Map.entry("on-orbit-servicing", "AEROSPACE_SPACE"),
            Map.entry("payloads", "AEROSPACE_SPACE"),
            Map.entry("propulsion-technologies", "AEROSPACE_SPACE"),
            Map.entry("satellites", "AEROSPACE_SPACE"),
            Map.entry("space-stations", "AEROSPACE_SPACE"),
            Map.entry("zero-emission-aircraft", "AEROSPACE_SPACE"),
            Map.entry("computer-vision", "AI"),
            Map.entry("data-science-big-data", "AI"),
            Map.entry("digital-twin", "AI"),
            Map.entry("machine-learning", "AI"),
            Map.entry("natural-language-processing", "AI"),
            Map.entry("brain-computer-interfaces", "HMI_NEURO"),
            Map.entry("exoskeletons", "HMI_NEURO"),
            Map.entry("neuroprosthetic-cybernetic", "HMI_NEURO"),
            Map.entry("virtual-augmented-mixed-reality", "HMI_NEURO"),
            Map.entry("wearable-neurotechnology", "HMI_NEURO"),
            Map.entry("biomanufacturing", "BIOTECH"),
            Map.entry("genomic-sequencing-genetic-engineering", "BIOTECH"),
            Map.entry("proteomics", "BIOTECH"),
            Map.entry("synthetic-biology", "BIOTECH"),
            Map.entry("cbrn-countermeasures", "BIOTECH"),
            Map.entry("gene-therapy", "BIOTECH"),
            Map.entry("nanomedicine", "BIOTECH"),
            Map.entry("tissue-engineering-regenerative-medicine", "BIOTECH"),
            Map.entry("quantum-communications", "QUANTUM"),
            Map.entry("quantum-computing", "QUANTUM"),
            Map.entry("quantum-materials", "QUANTUM"),
            Map.entry("quantum-sensing", "QUANTUM"),
            Map.entry("quantum-software", "QUANTUM"),
            Map.entry("molecular-nano-robotics", "ROBOTICS_AUTONOMY"),
            Map.entry("uncrewed-vehicles", "ROBOTICS_AUTONOMY"),
            Map.entry("service-robots", "ROBOTICS_AUTONOMY"),
            Map.entry("space-robotics", "ROBOTICS_AUTONOMY"));

    /** Words and phrases too generic to signal a sensitive technology on their own. */
    private static final Set<String> GENERIC = Set.of(
            "monitoring",
            "digital",
            "data",
            "network",
            "learning",
            "pollution",
            "system",
            "model",
            "deposition",
            "doping",
            "ionization",
            "propulsion",
            "navigation",
            "dual-use",
            "supply chain",
            "corrosion resistance",
            "simulation model",
            "virtual representation",
            "digital replica",
            "data science",
            "data analytics",
            "data warehouse",
            "data mining",
            "data correlation",
            "predictive analytics",
            "network technology",
            "wireless communication",
            "brain activity",
            "brain mapping",
            "mass spectrometry",
            "protein analysis",
            "protein identification",
            "stem cell",
            "self-healing",
            "smart imaging",
            "biomaterial",
            "biofuel",
            "synthetic food",
            "cognitive monitoring",
            "virtual assistant",
            "sas",
            "eda",
            "subsonic",
            "rapid prototyping",
            "sustainable aviation",
            "life support system",
            "sensor network",
            "multi-sensor",
            "big data",
            "nanoscale",
            "lightning detection",
            "ocean sensor",
            "power line detection",
            "recharging zone",
            "data storage",
            "novel battery");

    private static final Map<String, String> REPLACEMENTS = Map.of("EDA", "electronic design automation");
    private static final Pattern NOTE = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern SLASH_PAIR = Pattern.compile("(\\p{L}+)/(\\p{L}+) (.+)");

    private TechnologyVocabulary() {}

    /** Readable title of a top-level code, e.g. ADV_MATERIALS → "Advanced materials". */
    static String title(String code) {
        return switch (code) {
            case "AI" -> "Artificial intelligence";
            case "PNT" -> "Positioning, navigation and timing";
            case "HMI_NEURO" -> "Human-machine interfaces and neurotechnology";
            case "CYBER_CRYPTO" -> "Cybersecurity and cryptography";
            case "AEROSPACE_SPACE" -> "Aerospace and space";
            case "SENSING_SURVEILLANCE" -> "Sensing and surveillance";
            case "MARINE_UNDERWATER" -> "Marine and underwater systems";
            case "ROBOTICS_AUTONOMY" -> "Robotics and autonomous systems";
            default -> {
                String text =
                        code.replace("ADV_", "ADVANCED_").replace('_', ' ').toLowerCase(Locale.ROOT);
                yield Character.toUpperCase(text.charAt(0)) + text.substring(1);
            }
        };
    }

    /** Strips notes in parentheses, splits "a/b x" into "a x" and "b x", drops generic and two-letter terms. */
    static List<String> clean(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String keyword : raw) {
            String text = REPLACEMENTS.getOrDefault(
                    keyword.strip(), NOTE.matcher(keyword).replaceAll("").strip());
            Matcher pair = SLASH_PAIR.matcher(text);
            List<String> parts = pair.matches()
                    ? List.of(pair.group(1) + " " + pair.group(3), pair.group(2) + " " + pair.group(3))
                    : List.of(text);
            for (String part : parts) {
                boolean tooShort = part.length() <= 2 && !part.matches("[0-9]G");
                if (!part.isEmpty() && !tooShort && !GENERIC.contains(part.toLowerCase(Locale.ROOT))) {
                    out.add(part);
                }
            }
        }
        return out;
    }
}
