package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.collabscreen.rulebook.InstitutionMatch;
import org.collabscreen.rulebook.InstitutionRule;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.seed.SeedRulebook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every listed Chinese body named "X University" or "X Institute of Technology" (X one word) written the way Spanish,
 * Catalan, Portuguese, Italian, French and German press write it, in every position a news sentence gives a name: at
 * its start with its acronym in brackets, in the middle with its city in brackets, at its end after a genitive ("…
 * una delegación de la Universidad de X", "… eine Delegation der Universität X") and after a capitalised adverb that
 * opens the sentence ("Ayer la Universidad de X …"), declared in the partner's country, in China and in none ({@link
 * SentencesAcrossBrackets}, {@link NamesOpenedByAnArticle}). The same frames naming only unlisted bodies match nothing.
 */
class ListedNamesInEverySentencePositionTests {

    private static final RulebookSnapshot RULEBOOK = SeedRulebook.snapshot();

    private static final Pattern UNIVERSITY = Pattern.compile("([A-Z][a-z]+) University");
    private static final Pattern INSTITUTE = Pattern.compile("([A-Z][a-z]+) Institute of Technology");
    private static final Pattern TRANSLATED = Pattern.compile("(North|South|East|West|Central|Renmin).*");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");

    /** The cities of some listed universities not named after their city, as the press adds them in brackets. */
    private static final Map<String, String> CITIES = Map.of(
            "Tongji", "Shanghai",
            "Fudan", "Shanghai",
            "Zhejiang", "Hangzhou",
            "Sichuan", "Chengdu",
            "Tsinghua", "Beijing",
            "Nankai", "Tianjin",
            "Jilin", "Changchun",
            "Shandong", "Jinan",
            "Hunan", "Changsha",
            "Soochow", "Suzhou");

    private static final Map<String, Map<String, String>> EXONYMS = Map.of(
            "Peking", Map.of("es", "Pekín", "ca", "Pequín", "pt", "Pequim", "it", "Pechino", "fr", "Pékin"),
            "Beijing", Map.of("es", "Pekín", "ca", "Pequín", "pt", "Pequim", "it", "Pechino", "fr", "Pékin"),
            "Nanjing", Map.of("es", "Nankín", "ca", "Nanquín", "pt", "Nanquim", "it", "Nanchino", "fr", "Nankin"));

    /**
     * One language: the partner's country, the body with its article as a sentence's middle writes it, and frames: {}
     * the body with its article, {0} the body opening the sentence, {end} the body ending it after a genitive.
     */
    private record Language(
            String code,
            String country,
            Function<String, String> university,
            Function<String, String> institute,
            List<String> frames) {}

    private static final List<Language> LANGUAGES = List.of(
            new Language(
                    "es",
                    "ES",
                    x -> "la Universidad de " + x,
                    x -> "el Instituto de Tecnología de " + x,
                    List.of(
                            "{0} ({acr}) y la Universidad de Cantabria anunciaron un programa de doctorado conjunto.",
                            "La Universidad de Cantabria y {} ({city}) firmaron ayer un convenio de cooperación.",
                            "El rector de la Universidad de Cantabria recibió el lunes a una delegación de {}.",
                            "Ayer {} firmó un acuerdo de intercambio con la Universidad de Cantabria.")),
            new Language(
                    "ca",
                    "ES",
                    x -> "la Universitat de " + x,
                    x -> "l'Institut de Tecnologia de " + x,
                    List.of(
                            "{0} ({acr}) i la Universitat de Girona han anunciat un doctorat conjunt.",
                            "La Universitat de Girona i {} ({city}) van signar ahir un conveni de cooperació.",
                            "El rector de la Universitat de Girona va rebre dilluns una delegació de {}.",
                            "Ahir {} va signar un acord d'intercanvi amb la Universitat de Girona.")),
            new Language(
                    "pt",
                    "PT",
                    x -> "a Universidade de " + x,
                    x -> "o Instituto de Tecnologia de " + x,
                    List.of(
                            "{0} ({acr}) e a Universidade do Minho anunciaram um doutoramento conjunto.",
                            "A Universidade do Minho e {} ({city}) assinaram ontem um protocolo de cooperação.",
                            "O reitor da Universidade do Minho recebeu na segunda-feira uma delegação de {}.",
                            "Ontem {} assinou um acordo de intercâmbio com a Universidade do Minho.")),
            new Language(
                    "it",
                    "IT",
                    x -> "l'Università di " + x,
                    x -> "l'Istituto di Tecnologia di " + x,
                    List.of(
                            "{0} ({acr}) e l'Università di Siena hanno annunciato un dottorato congiunto.",
                            "L'Università di Siena e {} ({city}) hanno firmato ieri un accordo di cooperazione.",
                            "Il rettore dell'Università di Siena ha ricevuto lunedì una delegazione con {}.",
                            "Ieri {} ha firmato un accordo di scambio con l'Università di Siena.")),
            new Language(
                    "fr",
                    "FR",
                    x -> "l'Université de " + x,
                    x -> "l'Institut de technologie de " + x,
                    List.of(
                            "{0} ({acr}) et l'Université de Lorraine ont annoncé un doctorat commun.",
                            "L'Université de Lorraine et {} ({city}) ont signé hier une convention de coopération.",
                            "Le président de l'Université de Lorraine a reçu lundi une délégation de {}.",
                            "Hier {} a signé un accord d'échange avec l'Université de Lorraine.")),
            new Language(
                    "de",
                    "DE",
                    x -> "der Universität " + x,
                    x -> "dem " + x + " Institute of Technology",
                    List.of(
                            "Die Universität Konstanz hat mit {} ({city}) einen Kooperationsvertrag unterzeichnet.",
                            "Die Universität Konstanz begrüßte am Montag eine Delegation {}.",
                            "Gestern hat die Universität Konstanz mit {} ein Austauschabkommen unterzeichnet.")));

    @Test
    void everyListedUniversityResolvesInEverySentencePosition() {
        List<String> missed = new ArrayList<>();
        int cases = 0;
        for (InstitutionRule rule : RULEBOOK.institutions()) {
            if (!"CN".equals(rule.country()) || rule.parentId() != null) {
                continue;
            }
            Matcher university = UNIVERSITY.matcher(rule.name());
            Matcher institute = INSTITUTE.matcher(rule.name());
            boolean isUniversity = university.matches();
            if (!isUniversity && !institute.matches()) {
                continue;
            }
            String x = isUniversity ? university.group(1) : institute.group(1);
            if (TRANSLATED.matcher(x).matches()) {
                continue;
            }
            String acronym = rule.aliases().stream()
                    .filter(alias -> ACRONYM.matcher(alias).matches())
                    .findFirst()
                    .orElse(null);
            for (Language language : LANGUAGES) {
                String written = EXONYMS.getOrDefault(x, Map.of()).getOrDefault(language.code(), x);
                String named = (isUniversity ? language.university() : language.institute()).apply(written);
                for (String frame : language.frames()) {
                    if (frame.contains("{acr}") && acronym == null
                            || frame.contains("{city}") && !CITIES.containsKey(x)) {
                        continue;
                    }
                    String sentence = frame.replace("{0}", opening(named))
                            .replace("{acr}", acronym == null ? "" : acronym)
                            .replace("{city}", CITIES.getOrDefault(x, ""))
                            .replace("{}", named);
                    for (String country : new String[] {language.country(), "CN", null}) {
                        cases++;
                        String found = resolved(sentence, country).orElse("");
                        if (!found.equals(rule.name())) {
                            missed.add(sentence + " [" + country + "] -> " + found);
                        }
                    }
                }
            }
        }
        assertThat(cases).isGreaterThan(500);
        // 1,712 of 1,719 resolved when this was written; at most one in forty may be missed
        assertThat(missed.size()).as("missed of %d: %s", cases, missed).isLessThanOrEqualTo(cases / 40);
    }

    @Test
    void theSameSentencesNamingOnlyUnlistedBodiesMatchNothing() {
        List<String> unlisted = List.of(
                "Universidad de Sevilla (US) y la Universidad de Cantabria anunciaron un programa de doctorado"
                        + " conjunto.",
                "La Universidad de Cantabria y la Universidad de Sevilla (Sevilla) firmaron ayer un convenio de"
                        + " cooperación.",
                "Ayer la Universidad de Sevilla firmó un acuerdo de intercambio con la Universidad de Cantabria.",
                "Ahir la Universitat de València va signar un acord d'intercanvi amb la Universitat de Girona.",
                "Ieri l'Università di Bologna (UNIBO) ha firmato un accordo di scambio con l'Università di Siena.",
                "Hier l'Université de Lille a signé un accord d'échange avec l'Université de Lorraine.",
                "Die Universität Konstanz begrüßte am Montag eine Delegation der Universität Heidelberg.",
                "Gestern hat die Universität Konstanz mit der Universität Freiburg (Breisgau) ein Austauschabkommen"
                        + " unterzeichnet.");
        for (String sentence : unlisted) {
            for (String country : new String[] {null, "CN", "ES", "DE"}) {
                assertThat(resolved(sentence, country))
                        .as(sentence + " [" + country + "]")
                        .isEmpty();
            }
        }
    }

    @Test
    void anAdjectiveInsideANameKeepsTheNameWhole() {
        // cut at the lower-case adjective, "Institut de physique" alone was found as the Chinese Academy's institute
        for (String country : new String[] {null, "RU", "FR"}) {
            assertThat(resolved(
                            "L'Institut de physique appliquée de l'Académie des sciences de Russie (Nijni Novgorod) et"
                                    + " le CNRS préparent un laboratoire commun.",
                            country))
                    .as(country)
                    .isEmpty();
        }
        assertThat(resolved(
                        "L'Université de Lorraine a signé hier un accord avec l'Institut de physique de l'Académie"
                                + " chinoise des sciences.",
                        "FR"))
                .contains("Chinese Academy of Sciences – Institute of Physics");
    }

    @Test
    void aGenitiveAfterANounOfTheSentenceBeginsTheName() {
        assertThat(resolved("Die Universität Konstanz begrüßte am Montag eine Delegation der Universität Wuhan.", "DE"))
                .contains("Wuhan University");
        assertThat(resolved("Die Universität Konstanz begrüßte am Montag eine Delegation der Universität Wuhan.", null))
                .contains("Wuhan University");
    }

    @Test
    void chinaAndPluralSubjectWordsAsCatalanFrenchAndSpanishWriteThem() {
        assertThat(resolved(
                        "Ahir la Universitat de Ciència i Tecnologia de la Xina va signar un acord d'intercanvi amb la"
                                + " Universitat de Girona.",
                        "ES"))
                .contains("University of Science and Technology of China");
        assertThat(resolved(
                        "Hier l'Université des sciences et technologies électroniques de Chine a signé un accord"
                                + " d'échange avec l'Université de Lorraine.",
                        "FR"))
                .contains("University of Electronic Science and Technology of China");
        assertThat(resolved(
                        "Ahir la Universitat de la Xina Oriental va signar un acord amb la Universitat de Girona.",
                        "ES"))
                .isEmpty();
    }

    /** The body as a sentence opens with it: without its article, capitalised ("Universidad de X", "Institut de …"). */
    private static String opening(String named) {
        String bare = named.replaceFirst("^(la|el|a|o|der|dem|l')\\s*", "");
        return Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
    }

    private static Optional<String> resolved(String sentence, String country) {
        return RULEBOOK.resolveInstitution(sentence, country)
                .map(InstitutionMatch::institution)
                .map(InstitutionRule::name);
    }
}
