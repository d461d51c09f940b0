package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A listed laboratory named by an acronym, its kind and its host ("ABC Defense S&T Key Laboratory of … at Host
 * University") is written in affiliations under other renderings of its kind ("ABC National Key Laboratory of Defense
 * Technology", "ABC Key Laboratory") beside its host's name. An input that names the host and has a segment starting
 * with the acronym and naming a key laboratory names that laboratory.
 */
final class HostedLaboratories {

    private static final Pattern HOSTED = Pattern.compile("^(\\S+) .*\\bkey laboratory\\b.* at (.+)$");

    private final Map<String, List<Laboratory>> byHost = new HashMap<>();

    private record Laboratory(String acronym, InstitutionEntry rule) {}

    /** A laboratory the input names, and the normalised segment that names it. */
    record Named(InstitutionEntry rule, String segment) {}

    HostedLaboratories(List<InstitutionEntry> institutions) {
        for (InstitutionEntry rule : institutions) {
            String first = rule.name().strip().split("\\s+")[0];
            Matcher hosted = HOSTED.matcher(NameNormaliser.normalise(rule.name()));
            if (Acronyms.isAcronym(first) && hosted.matches()) {
                byHost.computeIfAbsent(hosted.group(2), h -> new ArrayList<>(1))
                        .add(new Laboratory(hosted.group(1), rule));
            }
        }
    }

    /** The listed laboratories the input names so: its normalised whole and segments; empty for most inputs. */
    List<Named> named(String whole, List<String> normalisedSegments) {
        if (byHost.isEmpty() || !whole.contains("key lab")) {
            return List.of();
        }
        String padded = " " + whole + " ";
        List<Named> named = new ArrayList<>(1);
        byHost.forEach((host, laboratories) -> {
            if (!padded.contains(" " + host + " ")) {
                return;
            }
            for (Laboratory laboratory : laboratories) {
                for (String segment : normalisedSegments) {
                    if (segment.startsWith(laboratory.acronym() + " ") && segment.contains(" key lab")) {
                        named.add(new Named(laboratory.rule(), segment));
                        break;
                    }
                }
            }
        });
        return named;
    }
}
