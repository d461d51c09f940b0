package org.collabscreen.matching;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An everyday word that a technology list also uses, read in its other sense when the text says plainly which sense
 * it means, wherever in the text it says so: rocket beside arugula or salad is the plant; satellite beside towns,
 * suburbs or muscle is a satellite town or a satellite cell; stealth beside taxes or liposomes is a figure of speech
 * or a drug carrier; a wafer beside pastry or dough is a biscuit; a drone beside brood, hives or Varroa is a male bee;
 * explosives beside dogs are what sniffer dogs are trained on; a battery of tests or of neuropsychological tasks is a
 * set of tests; 北斗 beside 精神 or 思政 is a spirit taught in class; nanoparticles in a sunscreen are a cosmetic's
 * ingredient. Since the fourteenth round: a rocket stove is a cookstove, satellite accounts are national statistics,
 * hobby, leisure and wedding drones (无人机 beside 婚礼) are consumer goods, a submarine beside a sandwich is a sandwich,
 * sonar beside bats or echolocation is an animal's sense, a wind tunnel beside cyclists or skiers is sports equipment
 * testing, and a robot lawnmower or vacuum cleaner is a household appliance. Where the text says so, the word is read as left out, before anything else reads the text; without such
 * context the word keeps its technical sense ({@link Homonyms} reads the cases the next word alone settles).
 */
final class OtherSenses {

    private record Sense(Pattern word, Pattern context) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<Sense> SENSES = List.of(
            sense(
                    "\\brockets?\\b",
                    "arugula|r[uú]cul[ao]|roquette|\\bsalads?\\b|ensalada|insalata|\\bEruca\\b|\\b(?:cook)?stoves?\\b"),
            sense(
                    "\\bsat[eé]lites?\\b|\\bsatellites?\\b",
                    "\\bsatellite (?:towns?|cities|city|cells?|accounts?|accounting)\\b|\\b(?:suburbs?|banlieue|muscles?|skeletal|myogenic)\\b"
                            + "|satellites? urbains?"
                            + "|villes? satellites?|ciudad(?:es)? sat[eé]lites?|cidades? sat[eé]lites?"),
            sense("\\bstealth\\b", "\\b(?:tax(?:es|ation)?|liposom\\w*|PEGylated|marketing)\\b"),
            sense(
                    "\\bwafers?\\b",
                    "\\b(?:pastry|pastries|doughs?|biscuits?|bakery|bakeries|cookies?|confection\\w*)\\b"),
            sense(
                    "\\b(?:drones?|Drohnen?)\\b",
                    "\\b(?:brood|hives?|Varroa|Apis|honey ?bees?|beekeep\\w*|drone bees)\\b"
                            + "|\\b(?:de loisirs?|recreational|hobby(?:ist)?|Freizeit\\w*|wedding|mariages?|bodas?)\\b"),
            sense("无人机", "婚礼|婚纱|航拍爱好"),
            sense("\\bsubmarines?\\b", "\\bsandwich(?:es)?\\b|\\bsub shops?\\b"),
            sense("\\bsonar(?:-like)?\\b", "\\bbats?\\b|echolocat\\w*"),
            sense("\\bwind[- ]tunnels?\\b", "\\bcyclists?\\b|\\bcycling\\b|\\bbicycles?\\b|\\bski(?:ers?|ing)?\\b"),
            sense(
                    "\\brobots?\\b|\\brobotic\\b",
                    "\\blawn ?mowers?\\b|\\bvacuum cleaners?\\b|Rasenmäher|Staubsauger|aspirateurs?|tondeuses?"),
            sense("Sprengstoff\\w*|\\bexplosives?\\b", "hund|\\b(?:sniffer|detection) dogs?\\b"),
            sense(
                    "\\b(?:batter(?:y|ies)|bater[ií]as?|batteries?|bateria)\\b",
                    "\\b(?:batter(?:y|ies)|bater[ií]as?|batteries?) (?:of|de) (?:tests?|pruebas|testes|questionnaires?|tareas|tasks)\\b"
                            + "|\\btest batter(?:y|ies)\\b|Testbatterie|neurops[iy]c(?:h)?olog\\w*"),
            sense("北斗", "北斗精神|思政|北斗七星|白酒"),
            sense(
                    "\\bnanoparticles?\\b|\\bnanopart[ií]culas?\\b",
                    "\\bsunscreens?\\b|\\bcosmetics?\\b|protector solar"));

    private OtherSenses() {}

    private static Sense sense(String word, String context) {
        return new Sense(Pattern.compile(word, FLAGS), Pattern.compile(context, FLAGS));
    }

    /** The text without the words that its context reads in another sense; the same text when it has none. */
    static String read(String text) {
        String read = text;
        for (Sense sense : SENSES) {
            if (sense.word().matcher(read).find()
                    && sense.context().matcher(read).find()) {
                read = sense.word().matcher(read).replaceAll("");
            }
        }
        return read;
    }
}
