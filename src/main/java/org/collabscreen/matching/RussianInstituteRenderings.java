package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Russian institutes' names are rendered in English word by word, and their words have two renderings each in common
 * use: научно-исследовательский институт (НИИ) is a "scientific research institute" or a "research institute",
 * машиностроения is "of machine building" or "of mechanical engineering", радиотехнический is "radio engineering" or
 * "radio-technical". A Russian entry's English name is known with the other rendering of each such word too.
 */
final class RussianInstituteRenderings {

    private record Rendering(Pattern written, String other) {}

    private static final List<Rendering> RENDERINGS = List.of(
            new Rendering(Pattern.compile("(?i)\\bscientific[ -]research\\b"), "Research"),
            new Rendering(
                    Pattern.compile(
                            "(?i)(?<!scientific[ -])\\bresearch (?=institute\\b|and (?:design|testing|development)\\b)"),
                    "Scientific Research "),
            new Rendering(Pattern.compile("(?i)\\bmechanical engineering\\b"), "Machine Building"),
            new Rendering(Pattern.compile("(?i)\\bmachine[ -]building\\b"), "Mechanical Engineering"),
            new Rendering(Pattern.compile("(?i)\\bradio engineering\\b"), "Radio-Technical"),
            new Rendering(Pattern.compile("(?i)\\bradio[ -]?technical\\b"), "Radio Engineering"));

    private RussianInstituteRenderings() {}

    /** The English name with each word of two renderings in its other one, one word at a time and all at once. */
    static List<String> of(String name) {
        List<String> renderings = new ArrayList<>(2);
        String all = name;
        for (Rendering rendering : RENDERINGS) {
            if (rendering.written().matcher(name).find()) {
                renderings.add(rendering.written().matcher(name).replaceAll(rendering.other()));
                all = rendering.written().matcher(all).replaceAll(rendering.other());
            }
        }
        if (renderings.size() > 1) {
            renderings.add(all);
        }
        return renderings;
    }
}
