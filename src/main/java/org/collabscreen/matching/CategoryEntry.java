package org.collabscreen.matching;

import java.util.List;

/**
 * A technology category to classify texts into, identified by its code.
 *
 * @param name     the category's name; a keyword listed under several categories counts for the one it names
 * @param keywords words and phrases that identify the category; one of at most three letters matches only as a whole
 *                 token, as written when it has capitals (EUV, GaN)
 */
public record CategoryEntry(String code, String name, List<String> keywords) {

    public CategoryEntry {
        keywords = List.copyOf(keywords);
    }
}
