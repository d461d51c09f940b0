package org.collabscreen.matching;

/**
 * "R&D" (normalised "r and d") stands for "Research and Development" in a body's name ("Widget R&D Center" for the
 * listed "Widget Research and Development Center"): a segment that writes it so is read again with it spelt out.
 */
final class ResearchAndDevelopment {

    private static final String WRITTEN = " r and d ";
    private static final String SPELT = " research and development ";

    private ResearchAndDevelopment() {}

    /** The normalised segment with "r and d" spelt out; null when it holds none. */
    static String spelt(String normalised) {
        String padded = " " + normalised + " ";
        return padded.contains(WRITTEN) ? padded.replace(WRITTEN, SPELT).strip() : null;
    }
}
