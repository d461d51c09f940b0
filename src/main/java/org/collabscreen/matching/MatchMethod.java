package org.collabscreen.matching;

/** How a name was found: the first step of its explanation. */
enum MatchMethod {
    EXACT("same name after normalisation"),
    ACRONYM("acronym, written in capitals, matched exactly within the declared country"),
    CONTAINED("native-script name found inside the text"),
    FUZZY("weighted token-set similarity"),
    SHORT_FORM("native-script short form of a longer native name"),
    MENTIONED("name or alias mentioned in the text, as whole words"),
    CAMPUS("university matched, and the campus it lists named in brackets after it"),
    NUMBERED_UNIT("group matched, and the listed unit it numbers named by that number beside it"),
    HOSTED_LABORATORY("listed laboratory named by the acronym its name starts with, a key laboratory and its host"),
    SUB_PROGRAMME("sub-programme named by its parent programme's name and its own qualifying words");

    private final String description;

    MatchMethod(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
