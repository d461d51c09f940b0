package org.collabscreen.matching;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words of institutions' names as Clarivate's list of address abbreviations writes them in Web of Science addresses
 * and journals' affiliation lines, most of them ISO 4's List of Title Word Abbreviations ("Grp", "Ind", "Logist",
 * "Biol", "Environm", "Transmiss", "Probl"), beside those {@link InstitutionVocabulary} folds already; and the spellings
 * the abbreviation stands for alike ("Ind" is Industry, Industries and Industrial, "Biol" Biology and Biological).
 * Each reads as one word, the full word's canonical spelling.
 */
final class TitleWordAbbreviations {

    /** The abbreviations and other spellings, by the full word they read as. */
    static final Map<String, String[]> SPELLINGS = Map.ofEntries(
            Map.entry("group", new String[] {"grp"}),
            Map.entry("industry", new String[] {"ind", "industries", "industrial"}),
            Map.entry("logistics", new String[] {"logist", "logistic"}),
            Map.entry("service", new String[] {"serv", "services"}),
            Map.entry("international", new String[] {"int"}),
            Map.entry("construction", new String[] {"construct", "constructions"}),
            Map.entry("security", new String[] {"secur"}),
            Map.entry("transportation", new String[] {"transportat"}),
            Map.entry("manufacturing", new String[] {"mfg", "manufacture"}),
            Map.entry("microelectronics", new String[] {"microelect"}),
            Map.entry("optoelectronics", new String[] {"optoelect", "optoelectronic"}),
            Map.entry("virology", new String[] {"virol"}),
            Map.entry("hygiene", new String[] {"hyg"}),
            Map.entry("environmental", new String[] {"environm"}),
            Map.entry("microbiology", new String[] {"microbiol"}),
            Map.entry("epidemiology", new String[] {"epidemiol"}),
            Map.entry("toxicology", new String[] {"toxicol"}),
            Map.entry("pharmacology", new String[] {"pharmacol"}),
            Map.entry("biology", new String[] {"biol", "biological"}),
            Map.entry("molecular", new String[] {"mol"}),
            Map.entry("economics", new String[] {"econ", "economic"}),
            Map.entry("federal", new String[] {"fed"}),
            Map.entry("problems", new String[] {"probl"}),
            Map.entry("transmission", new String[] {"transmiss"}),
            Map.entry("bioorganic", new String[] {"bioorgan"}),
            Map.entry("strategic", new String[] {"strateg"}),
            Map.entry("relations", new String[] {"relat"}),
            Map.entry("astronomical", new String[] {"astron", "astronomy"}),
            Map.entry("forensic", new String[] {"forens"}),
            Map.entry("public", new String[] {"publ"}),
            Map.entry("investigation", new String[] {"invest"}),
            Map.entry("development", new String[] {"dev"}),
            Map.entry("precision", new String[] {"precis"}),
            Map.entry("organization", new String[] {"org", "organisation"}),
            Map.entry("analysis", new String[] {"anal"}),
            Map.entry("utilization", new String[] {"utilizat"}),
            Map.entry("microsystem", new String[] {"microsyst"}),
            Map.entry("experimental", new String[] {"expt"}),
            Map.entry("professional", new String[] {"profess"}),
            Map.entry("association", new String[] {"assoc"}),
            Map.entry("education", new String[] {"educ", "educational"}),
            Map.entry("transfusion", new String[] {"transfus"}),
            Map.entry("geology", new String[] {"geol", "geological"}),
            Map.entry("navigation", new String[] {"nav"}),
            Map.entry("oceanology", new String[] {"oceanol"}),
            Map.entry("meteorology", new String[] {"meteorol", "meteorological"}),
            Map.entry("geophysics", new String[] {"geophys"}),
            Map.entry("biophysics", new String[] {"biophys"}),
            Map.entry("biochemistry", new String[] {"biochem"}),
            Map.entry("biotechnology", new String[] {"biotechnol"}),
            Map.entry("nanotechnology", new String[] {"nanotechnol"}),
            Map.entry("cybernetics", new String[] {"cybernet"}),
            Map.entry("instrumentation", new String[] {"instrumentat"}),
            Map.entry("metrology", new String[] {"metrol"}),
            Map.entry("thermophysics", new String[] {"thermophys"}),
            Map.entry("aerodynamics", new String[] {"aerodynam"}),
            Map.entry("propulsion", new String[] {"propuls"}),
            Map.entry("theoretical", new String[] {"theoret"}),
            Map.entry("veterinary", new String[] {"vet"}),
            Map.entry("cognitive", new String[] {"cognit"}),
            Map.entry("observatory", new String[] {"observ"}),
            Map.entry("electronic", new String[] {"electrical", "electr"}),
            Map.entry("optics", new String[] {"optical"}),
            Map.entry("institute", new String[] {"institution"}));

    /**
     * The Russian legal forms and the status of a federal centre that start a name, abbreviated ("Fed State Budgetary
     * Inst Sci", "Fed Res Ctr"): written out, {@link InstitutionVocabulary} leaves them out as it does the full forms.
     */
    private static final Pattern RUSSIAN_LEGAL_FORM = Pattern.compile(
            "^fed (state (budgetary |unitary )?(educ |sci )?(inst|enterprise)( sci| higher educ)*|res ctr|sci ctr) ");

    /** A supervising ministry abbreviated ("Minist Def"), which the full names' "Ministry of Defense" leaves out. */
    private static final Map<Pattern, String> MINISTRIES = Map.of(
            Pattern.compile("\\bminist def\\b"), "ministry of defense",
            Pattern.compile("\\bminist sci (and )?higher educ\\b"), "ministry of science and higher education",
            Pattern.compile("\\bminist ind (and )?trade\\b"), "ministry of industry and trade",
            Pattern.compile("\\bminist hlth\\b"), "ministry of health");

    private TitleWordAbbreviations() {}

    /** Adds the spellings to a vocabulary's, re-pointing the spellings that folded to a word now read as another. */
    static void addTo(Map<String, String> canonical) {
        SPELLINGS.forEach((word, spellings) -> {
            for (String spelling : spellings) {
                canonical.replaceAll((variant, folded) -> folded.equals(spelling) ? word : folded);
                canonical.put(spelling, word);
            }
        });
    }

    /**
     * The normalised name with an abbreviated Russian legal form and supervising ministry written out and "Sci Res"
     * (научно-исследовательский) as "scientific research", as the full names write them; the name itself when it has
     * none of them.
     */
    static String spelt(String normalised) {
        String spelt = normalised;
        if (spelt.startsWith("fed ")) {
            var matcher = RUSSIAN_LEGAL_FORM.matcher(spelt);
            if (matcher.find() && matcher.end() < spelt.length()) {
                spelt = "federal state institution " + spelt.substring(matcher.end());
            }
        }
        if (spelt.contains("minist ")) {
            for (Map.Entry<Pattern, String> ministry : MINISTRIES.entrySet()) {
                spelt = ministry.getKey().matcher(spelt).replaceAll(ministry.getValue());
            }
        }
        return spelt.contains("sci res ") ? spelt.replace("sci res ", "scientific research ") : spelt;
    }
}
